import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { BulkConfirmModal, splitByRule, type BulkItem } from '../../../components/list';
import { useIsAdmin } from '../../../lib/use-session';
import { createdVolumesOptions } from '../../../queries/snapshots';
import { useDeleteBlockReason } from '../actions/reasons';

interface Props {
  snapshots: Snapshot[];
  open: boolean;
  onCancel: () => void;
  /** Called with the snapshots Cinder would delete now (the others are listed with their reason, not sent). */
  onConfirm: (items: BulkItem[]) => void;
}

/** Confirms a bulk delete; names the snapshots volumes were created from (a warning, not a block). */
export function BulkDeleteConfirm({ snapshots, open, onCancel, onConfirm }: Props) {
  const { t } = useTranslation(['snapshots', 'app']);
  const isAdmin = useIsAdmin();
  const deleteReason = useDeleteBlockReason();
  const ids = snapshots.map((s) => s.id);
  const dependents = useQuery({ ...createdVolumesOptions(ids, isAdmin), enabled: open && ids.length > 0 });
  const usedIds = new Set((dependents.data?.volumes ?? []).map((v) => v.snapshot_id));
  const used = snapshots.filter((s) => usedIds.has(s.id));
  const { runnable, blocked } = splitByRule(snapshots, (s) => ({ id: s.id, label: s.name || s.id }), deleteReason);
  return (
    <BulkConfirmModal
      open={open}
      title={t('delete.bulkTitle', { count: snapshots.length })}
      intro={t('delete.text')}
      runnable={runnable}
      blocked={blocked}
      okText={(count) => t('delete.bulkConfirm', { count })}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {used.length ? <Alert type="warning" showIcon title={t('delete.bulkDependents', { names: used.map((s) => s.name || s.id).join(', ') })} /> : null}
      {dependents.isError ? <Alert type="info" showIcon title={t('delete.dependentsUnknown')} /> : null}
    </BulkConfirmModal>
  );
}
