import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { snapshotCalls } from '../../../api/snapshots';
import { useReplaceSnapshotMetadata } from '../../../queries/snapshots';
import { metadataProblems, type MetadataRowProblem } from '../../../domain/snapshots';
import { useFeedback } from '../../../components/feedback/feedback';

interface Row {
  key: string;
  value: string;
}

function MetadataEditor({ snapshot, onClose }: { snapshot: Snapshot; onClose: () => void }) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const save = useReplaceSnapshotMetadata(snapshot.id);
  const [rows, setRows] = useState<Row[]>(() => Object.entries(snapshot.metadata ?? {}).map(([key, value]) => ({ key, value })));
  const [tried, setTried] = useState(false);
  const problems = metadataProblems(rows);
  const problemText: Record<MetadataRowProblem, string> = {
    keyRequired: t('metadata.keyRequired'),
    keyInvalid: t('metadata.keyInvalid'),
    valueTooLong: t('metadata.valueTooLong'),
    duplicateKey: t('metadata.duplicateKey'),
  };
  const update = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Modal
      open
      width={640}
      title={t('metadata.title')}
      okText={t('app:actions.save')}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => {
        setTried(true);
        if (problems.size) return;
        save.mutate(Object.fromEntries(rows.map((r) => [r.key, r.value])), {
          onSuccess: () => {
            message.success(t('metadata.success'));
            onClose();
          },
        });
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('metadata.replaceNote')}</Typography.Text>
        {rows.map((row, index) => {
          const problem = tried ? problems.get(index) : undefined;
          return (
            <div key={index}>
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  aria-label={`${t('metadata.key')} ${index + 1}`}
                  placeholder={t('metadata.key')}
                  value={row.key}
                  status={problem && problem !== 'valueTooLong' ? 'error' : undefined}
                  onChange={(e) => update(index, { key: e.target.value })}
                />
                <Input
                  aria-label={`${t('metadata.value')} ${index + 1}`}
                  placeholder={t('metadata.value')}
                  value={row.value}
                  status={problem === 'valueTooLong' ? 'error' : undefined}
                  onChange={(e) => update(index, { value: e.target.value })}
                />
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('metadata.remove', { key: row.key || index + 1 })}
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                />
              </Space.Compact>
              {problem ? <Typography.Text type="danger">{problemText[problem]}</Typography.Text> : null}
            </div>
          );
        })}
        <Button icon={<PlusOutlined />} onClick={() => setRows((current) => [...current, { key: '', value: '' }])}>
          {t('metadata.add')}
        </Button>
        {tried && problems.size ? <Alert type="error" showIcon title={[...new Set(problems.values())].map((p) => problemText[p]).join(' ')} /> : null}
        <CliEquivalent request={snapshotCalls.replaceMetadata(snapshot.id, Object.fromEntries(rows.map((r) => [r.key, r.value])))} />
        {save.isError ? <ApiErrorAlert error={save.error} /> : null}
      </Space>
    </Modal>
  );
}

/** The snapshot's metadata, with an editor that replaces the whole set. */
export function MetadataCard({ snapshot, canEdit }: { snapshot: Snapshot; canEdit: boolean }) {
  const { t } = useTranslation('snapshots');
  const [editing, setEditing] = useState(false);
  const entries = Object.entries(snapshot.metadata ?? {});
  return (
    <Card
      title={t('fields.metadata')}
      extra={
        canEdit ? (
          <Button size="small" onClick={() => setEditing(true)}>
            {t('actions.editMetadata')}
          </Button>
        ) : null
      }
    >
      {entries.length ? (
        <Descriptions size="small" column={1} bordered items={entries.map(([key, value]) => ({ key, label: key, children: value }))} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.metadataEmpty')} />
      )}
      {editing ? <MetadataEditor snapshot={snapshot} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
