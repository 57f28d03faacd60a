import { useSyncExternalStore } from 'react';

/** antd's `sm` breakpoint: below it the lists fold to what fits a phone (name with status, size, actions). */
const PHONE_QUERY = '(max-width: 575.98px)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia?.(PHONE_QUERY);
  media?.addEventListener?.('change', onChange);
  return () => media?.removeEventListener?.('change', onChange);
}

/** True on a phone-wide window; follows rotation and resizing. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(PHONE_QUERY).matches ?? false,
    () => false,
  );
}
