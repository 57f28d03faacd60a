import { useQuery } from '@tanstack/react-query';
import { volumeListOptions } from '../../../queries/volumes';

/** Names of the volumes awaiting a transfer (one list request), so the transfers table can name them. */
export function useTransferVolumeNames(allProjects: boolean): Map<string, string> {
  const query = useQuery(
    volumeListOptions(
      { kind: 'page', query: { limit: 1000, filters: { status: 'awaiting-transfer' }, allProjects } },
      { withoutMarker: (q) => q, onNextMarker: () => undefined },
    ),
  );
  return new Map((query.data?.volumes ?? []).map((v) => [v.id, v.name ?? '']));
}
