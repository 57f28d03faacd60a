import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supports } from '../../../api/microversion';
import type { Metadata, Volume } from '../../../api/models';
import {
  getVolumeMetadata,
  isStaleMetadataError,
  METADATA_LOCKED_STATUSES,
  METADATA_MAX_LENGTH,
  replaceVolumeMetadata,
  validateMetadataRows,
  type MetadataProblem,
} from '../../../api/volumes';
import { ReasonButton } from '../../../components/reason-button';
import { useVolumeStatusWithCode } from '../../../components/status-words';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useRequiredSession } from '../../../lib/use-session';
import { volumeKeys, volumeMetadataOptions } from '../../../queries/volumes';
import { useFeedback } from '../../../components/feedback/feedback';
import { MetadataConflict } from './metadata-conflict';

interface Row {
  /** Stable React key: rows can be added and removed while keys are being typed. */
  rowId: number;
  key: string;
  value: string;
}

let nextRowId = 1;
const toRows = (metadata: Record<string, string>): Row[] => Object.entries(metadata).map(([key, value]) => ({ rowId: nextRowId++, key, value }));

/** What a 412 left: the values the volume has now and the version they carry. */
interface Conflict {
  current: Metadata;
  etag: string | null;
}

export function MetadataTab({ volume }: { volume: Volume }) {
  const { t } = useTranslation(['volumes', 'app']);
  const { message } = useFeedback();
  const session = useRequiredSession();
  const queryClient = useQueryClient();
  const query = useQuery(volumeMetadataOptions(volume.id));
  // Edited rows live here, apart from the polled volume, so live updates never overwrite typing.
  const [rows, setRows] = useState<Row[] | null>(null);
  // The version the edit started from: the save sends it as If-Match, so another person's change is never overwritten unseen.
  const [baseEtag, setBaseEtag] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const protectedSaves = supports(session, 'metadataEtag');
  const save = useMutation({
    mutationFn: ({ metadata, ifMatch }: { metadata: Metadata; ifMatch: string | null }) => replaceVolumeMetadata(volume.id, metadata, ifMatch),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: volumeKeys.all });
      setRows(null);
      setConflict(null);
      setShowProblems(false);
      void message.success(t('metadata.saved'));
    },
    // Awaited before the mutation reports its error, so the 412 is never shown bare when the current values arrive.
    onError: async (error) => {
      if (!isStaleMetadataError(error)) return;
      // Read what is there now: shown beside the user's rows, which stay as typed.
      const fresh = await getVolumeMetadata(volume.id).catch(() => null);
      if (!fresh) return;
      queryClient.setQueryData(volumeKeys.metadata(volume.id), fresh);
      setConflict({ current: fresh.metadata, etag: fresh.etag });
    },
  });
  const startEditing = () => {
    setRows(toRows(query.data?.metadata ?? {}));
    setBaseEtag(query.data?.etag ?? null);
  };

  const problemText: Record<MetadataProblem, string> = {
    keyRequired: t('metadata.problems.keyRequired'),
    keyTooLong: t('metadata.problems.keyTooLong', { max: METADATA_MAX_LENGTH }),
    valueTooLong: t('metadata.problems.valueTooLong', { max: METADATA_MAX_LENGTH }),
    duplicateKey: t('metadata.problems.duplicateKey'),
  };
  const statusWithCode = useVolumeStatusWithCode();
  const locked = METADATA_LOCKED_STATUSES.includes(volume.status);

  if (query.isError) return <ApiErrorAlert error={query.error} title={t('metadata.failed')} />;

  if (!rows) {
    const entries = Object.entries(query.data?.metadata ?? {}).map(([key, value]) => ({ key, value }));
    return (
      <>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ReasonButton disabled={query.isPending} reason={locked ? t('metadata.locked', { status: statusWithCode(volume.status) }) : null} onClick={startEditing}>
            {t('metadata.edit')}
          </ReasonButton>
        </Flex>
        <Table
          aria-label={t('detail.tabs.metadata')}
          loading={query.isPending}
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={entries}
          locale={{ emptyText: t('metadata.none') }}
          columns={[
            { key: 'key', dataIndex: 'key', title: t('app:common.key'), render: (key: string) => <Typography.Text code>{key}</Typography.Text> },
            { key: 'value', dataIndex: 'value', title: t('app:common.value'), render: (value: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{value}</Typography.Text> },
          ]}
        />
      </>
    );
  }

  const problems = validateMetadataRows(rows);
  const change = (rowId: number, patch: Partial<Row>) => setRows(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  const submit = () => {
    setShowProblems(true);
    if (problems.size) return;
    save.mutate({ metadata: Object.fromEntries(rows.map((row) => [row.key, row.value])), ifMatch: baseEtag });
  };

  return (
    <form
      aria-label={t('metadata.editLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Typography.Paragraph type="secondary">{t('metadata.replaceHint')}</Typography.Paragraph>
      {protectedSaves ? null : <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('metadata.unprotected', { version: session.volumeApiVersion })} />}
      {conflict ? (
        <MetadataConflict
          current={conflict.current}
          onUseCurrent={() => {
            setRows(toRows(conflict.current));
            setBaseEtag(conflict.etag);
            setConflict(null);
            save.reset();
          }}
          onOverwrite={() => {
            // An explicit choice: the next save is checked against the values just shown.
            setBaseEtag(conflict.etag);
            setConflict(null);
            save.reset();
          }}
        />
      ) : null}
      {save.error && !conflict ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={save.error} title={t('metadata.saveFailed')} />
        </div>
      ) : null}
      <Flex vertical gap={8}>
        {rows.map((row, index) => {
          const problem = showProblems ? problems.get(index) : undefined;
          const keyProblem = problem && problem !== 'valueTooLong';
          return (
            <div key={row.rowId}>
              <Flex gap={8} align="start">
                <Input
                  aria-label={t('metadata.keyOfRow', { n: index + 1 })}
                  placeholder={t('app:common.key')}
                  value={row.key}
                  status={keyProblem ? 'error' : undefined}
                  onChange={(event) => change(row.rowId, { key: event.target.value })}
                  style={{ width: 260 }}
                />
                <Input
                  aria-label={t('metadata.valueOfRow', { n: index + 1 })}
                  placeholder={t('app:common.value')}
                  value={row.value}
                  status={problem === 'valueTooLong' ? 'error' : undefined}
                  onChange={(event) => change(row.rowId, { value: event.target.value })}
                  style={{ flex: 1 }}
                />
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('metadata.removeRow', { n: index + 1 })}
                  onClick={() => setRows(rows.filter((r) => r.rowId !== row.rowId))}
                />
              </Flex>
              {problem ? (
                <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
                  {problemText[problem]}
                </Typography.Text>
              ) : null}
            </div>
          );
        })}
        {rows.length === 0 ? <Typography.Text type="secondary">{t('metadata.allRemoved')}</Typography.Text> : null}
      </Flex>
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setRows([...rows, { rowId: nextRowId++, key: '', value: '' }])}>
          {t('metadata.add')}
        </Button>
        <span style={{ flex: 1 }} />
        <Button
          onClick={() => {
            setRows(null);
            setConflict(null);
            setShowProblems(false);
            save.reset();
          }}
        >
          {t('app:actions.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={locked || !!conflict}>
          {t('metadata.save')}
        </Button>
      </Flex>
    </form>
  );
}
