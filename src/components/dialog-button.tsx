import { Button } from 'antd';
import { Suspense, useState, type ComponentType, type ReactNode } from 'react';

interface DialogButtonProps {
  children: ReactNode;
  /** A React.lazy dialog: its code (and what it imports) is downloaded when first opened, never with the page. */
  dialog: ComponentType<{ onClose: () => void }>;
}

/** A button that opens a dialog, mounted only while open. */
export function DialogButton({ children, dialog: Dialog }: DialogButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{children}</Button>
      {open ? (
        <Suspense fallback={null}>
          <Dialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
