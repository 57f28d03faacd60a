import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import type { RequestDescriptor } from '../../../api/descriptor';

/** True once `active` has lasted `afterMs` (a slow answer gets a calm notice, not a frozen dialog). */
export function useSlowFlag(active: boolean, afterMs = 5000): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [active, afterMs]);
  return slow;
}

interface ActionModalProps<T> {
  title: ReactNode;
  okText: ReactNode;
  form: FormInstance<T>;
  pending: boolean;
  /** The server's refusal: shown inside the dialog, the input stays. */
  error: unknown;
  onSubmit: (values: T) => void;
  onClose: () => void;
  danger?: boolean;
  okDisabled?: boolean;
  width?: number;
  initialValues?: Partial<T>;
  /** The request(s) the current values would send, shown as the equivalent openstack/cinder command. */
  cli?: (values: T) => RequestDescriptor | RequestDescriptor[] | null;
  children: ReactNode;
}

/**
 * The dialogs are unmounted by their parent on close, before antd can give the focus back: do it here,
 * so a keyboard user lands on the button that opened the dialog again.
 */
function useReturnFocus() {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      setTimeout(() => {
        if (opener?.isConnected && (document.activeElement === document.body || document.activeElement === null)) opener.focus();
      }, 0);
    };
  }, []);
}

/**
 * The frame every action dialog shares: a form validated before sending, the server's message and
 * request id when it refuses (input kept), and a notice when the answer is slow. Closing is blocked
 * while a request is in flight so its outcome is never lost.
 */
export function ActionModal<T>({ title, okText, form, pending, error, onSubmit, onClose, danger, okDisabled, width, initialValues, cli, children }: ActionModalProps<T>) {
  const { t } = useTranslation(['volume-actions', 'app']);
  const slow = useSlowFlag(pending);
  useReturnFocus();
  // Every field's current value (the selector form watches them all), for the CLI equivalent.
  const values = Form.useWatch((all: T) => all, form);
  // A form name prefixes the field ids, so labels never point at a same-named field elsewhere on the page.
  const formName = `action-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('app:actions.cancel')}
      okButtonProps={{ danger, disabled: okDisabled, loading: pending }}
      cancelButtonProps={{ disabled: pending }}
      onOk={() => form.submit()}
      onCancel={() => {
        if (!pending) onClose();
      }}
      mask={{ closable: false }}
      keyboard={!pending}
      width={width ?? 560}
      destroyOnHidden
    >
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={error} title={t('common.refused')} />
        </div>
      ) : null}
      {slow ? <Alert style={{ marginBottom: 16 }} type="info" showIcon title={t('common.slow')} /> : null}
      <Form<T> form={form} name={formName} layout="vertical" onFinish={onSubmit} initialValues={initialValues} disabled={pending}>
        {children}
      </Form>
      {cli && values ? <CliEquivalent request={cli({ ...initialValues, ...values } as T)} /> : null}
    </Modal>
  );
}
