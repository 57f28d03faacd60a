import { DeleteOutlined, PlusOutlined, UndoOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QosConsumer, QosSpec } from '../../../api/models';
import { consumerLabelKey, consumers, enforcedByHypervisor } from '../consumer';
import { keyProblemKey, valueProblemKey } from '../problem-text';
import { diffSpecs, isStandardKey, sortedSpecEntries, specKeyProblem, specValueProblem } from '../../../domain/qos-specs';
import { SpecDiffModal } from '../actions/spec-diff-modal';
import { SpecKeyPicker, SpecValueHint } from './spec-key-picker';

type RowState = 'same' | 'new' | 'changed' | 'removed';
interface Row {
  key: string;
  state: RowState;
  value: string;
}

const stateTag = {
  new: { color: 'green', label: 'editor.stateNew' },
  changed: { color: 'gold', label: 'editor.stateChanged' },
  removed: { color: 'red', label: 'editor.stateRemoved' },
} as const;

/**
 * Edits a spec's keys and consumer as one draft: nothing reaches Cinder until the admin has seen the
 * diff. The draft is the whole desired state, so after a partial failure (set landed, unset refused)
 * the refetched spec leaves exactly the unapplied part pending.
 */
export function SpecEditor({ spec }: { spec: QosSpec }) {
  const { t } = useTranslation(['qos-specs', 'app']);
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [draftConsumer, setDraftConsumer] = useState<QosConsumer | null>(null);
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const [addTried, setAddTried] = useState(false);
  const [reviewing, setReviewing] = useState(false);

  const values = draft ?? spec.specs;
  const consumer = draftConsumer ?? spec.consumer;
  const changes = diffSpecs(spec.specs, values);
  const consumerChanged = consumer !== spec.consumer;
  const pendingCount = changes.length + (consumerChanged ? 1 : 0);
  const problems = Object.entries(values).filter(([key, value]) => specValueProblem(key, value) !== null);
  const hypervisor = enforcedByHypervisor(consumer);

  const rows: Row[] = sortedSpecEntries({ ...spec.specs, ...values }).map(([key]) => {
    const inServer = Object.hasOwn(spec.specs, key);
    const inDraft = Object.hasOwn(values, key);
    const state: RowState = !inDraft ? 'removed' : !inServer ? 'new' : spec.specs[key] !== values[key]?.trim() ? 'changed' : 'same';
    return { key, state, value: inDraft ? values[key]! : spec.specs[key]! };
  });

  // Leaving the page (reload, close) with unsaved edits asks first; the browser words the question.
  useEffect(() => {
    if (!pendingCount) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pendingCount]);

  const edit = (mutate: (next: Record<string, string>) => void) => {
    const next = { ...values };
    mutate(next);
    setDraft(next);
  };
  const discard = () => {
    setDraft(null);
    setDraftConsumer(null);
  };

  const keyProblem = specKeyProblem(newKey.trim(), Object.keys(values));
  const valueProblem = specValueProblem(newKey.trim(), newValue);
  const add = () => {
    setAddTried(true);
    if (keyProblem || valueProblem) return;
    edit((next) => {
      next[newKey.trim()] = newValue.trim();
    });
    setNewKey('');
    setNewValue('');
    setAddTried(false);
  };

  const columns: TableColumnsType<Row> = [
    {
      title: t('keys.key'),
      dataIndex: 'key',
      key: 'key',
      render: (key: string, row) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text code delete={row.state === 'removed'}>
            {key}
          </Typography.Text>
          {row.state !== 'same' ? <Tag color={stateTag[row.state].color}>{t(stateTag[row.state].label)}</Tag> : null}
          {hypervisor && !isStandardKey(key) && row.state !== 'removed' ? (
            <Tooltip title={t('keys.freeKeyFrontEnd')}>
              <WarningOutlined style={{ color: '#faad14' }} aria-label={t('keys.freeKeyFrontEnd')} />
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('keys.value'),
      key: 'value',
      render: (_v, row) => {
        if (row.state === 'removed') return <Typography.Text delete>{row.value}</Typography.Text>;
        const problem = specValueProblem(row.key, row.value);
        return (
          <Form.Item
            style={{ margin: 0 }}
            validateStatus={problem ? 'error' : undefined}
            help={problem ? t(valueProblemKey[problem]) : undefined}
            extra={<SpecValueHint specKey={row.key} value={row.value} />}
          >
            <Input
              value={row.value}
              aria-label={t('keys.valueFor', { key: row.key })}
              onChange={(e) =>
                edit((next) => {
                  next[row.key] = e.target.value;
                })
              }
            />
          </Form.Item>
        );
      },
    },
    {
      title: t('app:common.actions'),
      key: 'actions',
      width: 120,
      render: (_v, row) =>
        row.state === 'removed' ? (
          <Button
            size="small"
            icon={<UndoOutlined />}
            aria-label={t('keys.restore', { key: row.key })}
            onClick={() =>
              edit((next) => {
                next[row.key] = spec.specs[row.key]!;
              })
            }
          >
            {t('keys.restoreButton')}
          </Button>
        ) : (
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('keys.remove', { key: row.key })}
            onClick={() =>
              edit((next) => {
                delete next[row.key];
              })
            }
          />
        ),
    },
  ];

  return (
    <Card title={t('editor.title')}>
      <Typography.Paragraph type="secondary">{t('editor.help')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('consumer.label')} htmlFor="qos-consumer" style={{ maxWidth: 320 }}>
          <Select<QosConsumer>
            id="qos-consumer"
            aria-label={t('consumer.label')}
            value={consumer}
            onChange={(value) => setDraftConsumer(value === spec.consumer ? null : value)}
            options={consumers.map((c) => ({ value: c, label: t(consumerLabelKey[c]) }))}
          />
        </Form.Item>
      </Form>
      <Table<Row>
        rowKey="key"
        aria-label={t('editor.title')}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('editor.empty') }}
        style={{ marginBottom: 16 }}
      />
      <Form layout="vertical" component="div">
        <Flex gap={8} align="start" wrap>
          <Form.Item
            label={t('keys.pickKey')}
            style={{ flex: '1 1 260px', marginBottom: 8 }}
            validateStatus={addTried && keyProblem ? 'error' : undefined}
            help={addTried && keyProblem ? t(keyProblemKey[keyProblem]) : undefined}
            htmlFor="qos-new-key"
          >
            <SpecKeyPicker id="qos-new-key" value={newKey} onChange={setNewKey} exclude={Object.keys(values)} status={addTried && keyProblem ? 'error' : undefined} />
          </Form.Item>
          <Form.Item
            label={t('keys.value')}
            style={{ flex: '1 1 200px', marginBottom: 8 }}
            validateStatus={addTried && valueProblem ? 'error' : undefined}
            help={addTried && valueProblem ? t(valueProblemKey[valueProblem]) : undefined}
            extra={newKey.trim() ? <SpecValueHint specKey={newKey.trim()} value={newValue} /> : undefined}
            htmlFor="qos-new-value"
          >
            <Input id="qos-new-value" value={newValue} onChange={(e) => setNewValue(e.target.value)} onPressEnter={add} />
          </Form.Item>
          <Form.Item label=" " style={{ marginBottom: 8 }}>
            <Button icon={<PlusOutlined />} onClick={add}>
              {t('editor.add')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
      <Flex gap={8} align="center" justify="end" wrap style={{ marginTop: 8 }}>
        {pendingCount ? <Typography.Text type="warning">{t('editor.pending', { count: pendingCount })}</Typography.Text> : null}
        {problems.length ? <Typography.Text type="danger">{t('editor.fixErrors')}</Typography.Text> : null}
        <Button onClick={discard} disabled={!pendingCount && draft === null}>
          {t('editor.discard')}
        </Button>
        <Button type="primary" onClick={() => setReviewing(true)} disabled={!pendingCount || problems.length > 0}>
          {t('editor.review')}
        </Button>
      </Flex>
      <SpecDiffModal
        open={reviewing}
        spec={spec}
        changes={changes}
        consumer={consumerChanged ? consumer : null}
        onClose={() => setReviewing(false)}
        onSaved={() => {
          setReviewing(false);
          discard();
        }}
      />
    </Card>
  );
}
