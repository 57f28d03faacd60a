import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { volumeTypeCalls } from '../../../api/volume-types';
import { SpecRowsEditor } from '../components/spec-rows-editor';
import { useBackendNames, useExtraSpecs, useSaveExtraSpecs } from '../../../queries/volume-types';
import { diffSpecs, isEmptyDiff, planSpecSave, rowsFromSpecs, specsFromRows, validateSpecRows, type SpecDiff, type SpecRow } from '../../../domain/volume-types';
import { SpecDiffView } from './spec-diff';
import { useFeedback } from '../../../components/feedback/feedback';

interface ExtraSpecsCardProps {
  typeId: string;
  /** Volumes using the type (null while unknown): Cinder refuses every spec write while any exist. */
  volumesInUse: number | null;
}

export function ExtraSpecsCard({ typeId, volumesInUse }: ExtraSpecsCardProps) {
  const { t } = useTranslation(['volume-types', 'app']);
  const { message } = useFeedback();
  const specs = useExtraSpecs(typeId);
  const [rows, setRows] = useState<SpecRow[] | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [review, setReview] = useState<SpecDiff | null>(null);
  const save = useSaveExtraSpecs(typeId);
  const backends = useBackendNames(rows !== null);
  const editing = rows !== null;
  const problems = rows ? validateSpecRows(rows) : new Map();

  const startEditing = () => {
    save.reset();
    setShowProblems(false);
    setRows(rowsFromSpecs(specs.data ?? {}));
  };
  const stopEditing = () => {
    setRows(null);
    setReview(null);
    save.reset();
  };
  const openReview = () => {
    if (!rows) return;
    setShowProblems(true);
    if (problems.size > 0) return;
    save.reset();
    setReview(diffSpecs(specs.data ?? {}, specsFromRows(rows)));
  };
  const confirm = () => {
    if (!review) return;
    save.mutate(planSpecSave(review), {
      onSuccess: () => {
        message.success(t('specs.saved'));
        stopEditing();
      },
      // Keep the draft: the person may retry, or fix what Cinder refused.
      onError: () => setReview(null),
    });
  };

  const entries = Object.entries(specs.data ?? {}).sort(([a], [b]) => a.localeCompare(b));

  return (
    <Card
      title={t('specs.title')}
      extra={
        editing ? null : (
          <Button icon={<EditOutlined />} onClick={startEditing} disabled={!specs.data}>
            {t('specs.edit')}
          </Button>
        )
      }
    >
      {volumesInUse !== null && volumesInUse > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('specs.inUseWarning', { count: volumesInUse })} />
      ) : null}
      {save.isError ? (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={save.error} title={t('specs.saveFailed')} />
        </div>
      ) : null}
      {specs.isError ? (
        <ApiErrorAlert error={specs.error} action={<Button onClick={() => void specs.refetch()}>{t('app:actions.retry')}</Button>} />
      ) : editing && rows ? (
        <>
          <SpecRowsEditor label={t('specs.title')} rows={rows} onChange={setRows} problems={showProblems ? problems : new Map()} backends={backends.data} />
          <Flex gap={8} justify="end" style={{ marginTop: 12 }}>
            <Button onClick={stopEditing}>{t('app:actions.cancel')}</Button>
            <Button type="primary" onClick={openReview}>
              {t('specs.review')}
            </Button>
          </Flex>
        </>
      ) : (
        <Table
          size="small"
          rowKey={([key]) => key}
          aria-label={t('specs.title')}
          loading={specs.isLoading}
          pagination={false}
          dataSource={entries}
          locale={{ emptyText: specs.isLoading ? ' ' : t('specs.empty') }}
          columns={[
            { title: t('app:common.key'), key: 'key', render: (_, [key]) => <Typography.Text code>{key}</Typography.Text> },
            { title: t('app:common.value'), key: 'value', render: (_, [, value]) => <Typography.Text style={{ wordBreak: 'break-all' }}>{value}</Typography.Text> },
          ]}
        />
      )}
      <Modal
        open={!!review}
        title={t('specs.reviewTitle')}
        okText={t('specs.apply')}
        cancelText={t('app:actions.cancel')}
        okButtonProps={{ disabled: !review || isEmptyDiff(review) }}
        confirmLoading={save.isPending}
        onOk={confirm}
        onCancel={() => setReview(null)}
        destroyOnHidden
      >
        {review && isEmptyDiff(review) ? (
          <Typography.Paragraph>{t('specs.noChanges')}</Typography.Paragraph>
        ) : review ? (
          <>
            <SpecDiffView diff={review} />
            {volumesInUse !== null && volumesInUse > 0 ? (
              <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('specs.inUseWarning', { count: volumesInUse })} />
            ) : null}
            <CliEquivalent
              request={(() => {
                const plan = planSpecSave(review);
                return [
                  ...plan.deleteFirst.map((key) => volumeTypeCalls.deleteExtraSpec(typeId, key)),
                  ...(Object.keys(plan.set).length ? [volumeTypeCalls.setExtraSpecs(typeId, plan.set)] : []),
                  ...plan.deleteAfter.map((key) => volumeTypeCalls.deleteExtraSpec(typeId, key)),
                ];
              })()}
            />
          </>
        ) : null}
      </Modal>
    </Card>
  );
}
