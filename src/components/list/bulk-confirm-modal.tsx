import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { BulkItem } from './bulk-runner';
import type { BulkConfirmDialogProps } from './bulk-confirm-dialog';

// The confirmation (antd Modal, Alert) is needed only once someone asks for a bulk delete: the list
// page does not carry it. lazy() drops the component's type parameter; this restores it.
const BulkConfirmDialog = lazy(() => import('./bulk-confirm-dialog')) as unknown as <I extends BulkItem>(props: BulkConfirmDialogProps<I>) => ReactNode;

/** Confirms a bulk delete after each item's rules ran (see BulkConfirmDialog); loads its code when first opened. */
export function BulkConfirmModal<I extends BulkItem>(props: BulkConfirmDialogProps<I>) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <BulkConfirmDialog {...props} />
    </Suspense>
  );
}
