import { Alert, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QosConsumer, QosSpec } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { qosCalls } from '../../../api/qos-specs';
import { consumerLabelKey } from '../consumer';
import { useSaveQosSpecs } from '../../../queries/qos-specs';
import { changeRequests, formatSpecValue, type SpecChange, type SpecChangeKind } from '../../../domain/qos-specs';
import { useFeedback } from '../../../components/feedback/feedback';

interface SpecDiffModalProps {
  open: boolean;
  spec: QosSpec;
  changes: SpecChange[];
  /** The new consumer, or null when it does not change. */
  consumer: QosConsumer | null;
  onClose: () => void;
  onSaved: () => void;
}

const kindTag = {
  added: { color: 'green', label: 'editor.diffAdded' },
  changed: { color: 'gold', label: 'editor.diffChanged' },
  removed: { color: 'red', label: 'editor.diffRemoved' },
} as const satisfies Record<SpecChangeKind, { color: string; label: string }>;

interface DiffRow {
  id: string;
  label: string;
  tag: { color: string; label: (typeof kindTag)[SpecChangeKind]['label'] };
  before: string | null;
  after: string | null;
}

/** "104857600 (100 MiB/s)"; a free key's value as it is. */
function withUnit(key: string, value: string): string {
  const readable = formatSpecValue(key, value);
  return readable === value ? value : `${value} (${readable})`;
}

/** The diff an admin confirms before anything is sent; the server's refusal stays in the modal. */
export function SpecDiffModal({ open, spec, changes, consumer, onClose, onSaved }: SpecDiffModalProps) {
  const { t } = useTranslation(['qos-specs', 'app']);
  const { message } = useFeedback();
  const save = useSaveQosSpecs();

  const rows: DiffRow[] = [
    ...(consumer
      ? [
          {
            id: 'consumer',
            label: t('editor.diffConsumer'),
            tag: kindTag.changed,
            before: t(consumerLabelKey[spec.consumer]),
            after: t(consumerLabelKey[consumer]),
          },
        ]
      : []),
    ...changes.map((change) => ({
      id: `key:${change.key}`,
      label: change.key,
      tag: kindTag[change.kind],
      before: change.before !== undefined ? withUnit(change.key, change.before) : null,
      after: change.after !== undefined ? withUnit(change.key, change.after) : null,
    })),
  ];

  const columns: TableColumnsType<DiffRow> = [
    { title: t('editor.diffChange'), key: 'kind', width: 90, render: (_v, row) => <Tag color={row.tag.color}>{t(row.tag.label)}</Tag> },
    { title: t('keys.key'), dataIndex: 'label', key: 'label', render: (label: string) => <Typography.Text code>{label}</Typography.Text> },
    { title: t('editor.diffBefore'), dataIndex: 'before', key: 'before', render: (v: string | null) => (v === null ? '—' : <Typography.Text>{v}</Typography.Text>) },
    { title: t('editor.diffAfter'), dataIndex: 'after', key: 'after', render: (v: string | null) => (v === null ? '—' : <Typography.Text strong>{v}</Typography.Text>) },
  ];

  const requests = () => {
    const { set, unset } = changeRequests(changes);
    // Cinder reads the key `consumer` in a set-keys body as a consumer change.
    if (consumer) set.consumer = consumer;
    return { set, unset };
  };
  const pending = requests();
  const cli = [
    ...(Object.keys(pending.set).length ? [qosCalls.setKeys(spec.id, pending.set)] : []),
    ...(pending.unset.length ? [qosCalls.unsetKeys(spec.id, pending.unset)] : []),
  ];

  const submit = () => {
    const { set, unset } = requests();
    save.mutate(
      { id: spec.id, set, unset },
      {
        onSuccess: () => {
          void message.success(t('editor.saved', { name: spec.name }));
          onSaved();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('editor.diffTitle', { name: spec.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('editor.save')}
      cancelText={t('app:actions.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: rows.length === 0 }}
      afterClose={() => save.reset()}
      width={760}
    >
      <Typography.Paragraph>{t('editor.diffIntro')}</Typography.Paragraph>
      <Table<DiffRow> rowKey="id" aria-label={t('editor.diffIntro')} size="small" columns={columns} dataSource={rows} pagination={false} style={{ marginBottom: 12 }} />
      <Alert type="info" role="note" showIcon title={t('editor.diffAttached')} style={{ marginBottom: save.error ? 12 : 0 }} />
      <CliEquivalent request={cli} />
      {save.error ? <ApiErrorAlert error={save.error} /> : null}
    </Modal>
  );
}
