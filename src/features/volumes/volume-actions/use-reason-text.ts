import { useTranslation } from 'react-i18next';
import { useStatusWithCode } from '../../../components/list/status-badge';
import type { Reason } from '../../../domain/volumes';
import { orList } from '../../../lib/intl';
import { useVolumeStatusLabel } from '../volume-status';

/**
 * Turns a rule's reason into the sentence shown in a tooltip or a warning. Statuses read in the reader's
 * words: the allowed ones as labels ("可用或使用中"), the current one with Cinder's code beside it.
 */
export function useReasonText() {
  const { t, i18n } = useTranslation('volume-actions');
  const statusLabel = useVolumeStatusLabel();
  const withCode = useStatusWithCode();
  const currentStatus = (status: unknown) => withCode(statusLabel(String(status ?? '')), String(status ?? ''));
  const allowedStatuses = (allowed: unknown) => orList(i18n.language).format((Array.isArray(allowed) ? (allowed as string[]) : [String(allowed)]).map(statusLabel));
  return (reason: Reason): string => {
    const v = reason.values ?? {};
    switch (reason.key) {
      case 'reasons.status':
        return t('reasons.status', { allowed: allowedStatuses(v.allowed), status: currentStatus(v.status) });
      case 'reasons.attached':
        return t('reasons.attached');
      case 'reasons.migrating':
        return t('reasons.migrating');
      case 'reasons.inGroup':
        return t('reasons.inGroup');
      case 'reasons.needsVersion':
        return t('reasons.needsVersion', { version: v.version, current: v.current });
      case 'reasons.inUseNeedsVersion':
        return t('reasons.inUseNeedsVersion', { version: v.version, current: v.current });
      case 'reasons.noSnapshots':
        return t('reasons.noSnapshots');
      case 'reasons.latestNotAvailable':
        return t('reasons.latestNotAvailable', { name: v.name, status: v.status });
      case 'reasons.latestSizeDiffers':
        return t('reasons.latestSizeDiffers', { snapshotSize: v.snapshotSize, size: v.size });
      case 'reasons.hasSnapshots':
        return t('reasons.hasSnapshots', { count: Number(v.count ?? 0) });
      case 'reasons.maintenance':
        return t('reasons.maintenance');
      case 'reasons.encryptedUnmanage':
        return t('reasons.encryptedUnmanage');
      case 'reasons.attachedNoCompute':
        return t('reasons.attachedNoCompute');
      case 'reasons.attachStatus':
        return t('reasons.attachStatus', { status: currentStatus(v.status) });
      case 'reasons.notMultiattach':
        return t('reasons.notMultiattach');
      case 'reasons.detachStatus':
        return t('reasons.detachStatus', { status: currentStatus(v.status) });
      case 'reasons.notAttached':
        return t('reasons.notAttached');
      case 'reasons.serverState':
        return t('reasons.serverState', { status: v.status });
      case 'reasons.alreadyOnServer':
        return t('reasons.alreadyOnServer');
      case 'reasons.novaUsesAttachment':
        return t('reasons.novaUsesAttachment');
    }
  };
}
