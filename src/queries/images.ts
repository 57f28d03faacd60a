/** One Glance image, polled while it is being uploaded (queued / saving). */
import { queryOptions } from '@tanstack/react-query';
import { getImage } from '../api/images';
import { imageStatusInfo } from '../domain/images';
import { refetchIntervalFor } from '../lib/live-status';

export const imageKeys = {
  all: ['images'] as const,
  detail: (id: string) => [...imageKeys.all, 'detail', id] as const,
};

export const imageDetailOptions = (id: string) =>
  queryOptions({
    queryKey: imageKeys.detail(id),
    queryFn: ({ signal }) => getImage(id, signal),
    refetchInterval: (query) => refetchIntervalFor(query.state.data, imageStatusInfo),
  });
