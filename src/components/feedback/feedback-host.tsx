import { message, Modal, notification } from 'antd';
import type { useAppProps } from 'antd/es/app/context';
import { useEffect } from 'react';

/** Mounts antd's message / notification / modal holders (inside the theme) and hands their APIs over. */
export default function FeedbackHost({ onReady }: { onReady: (api: useAppProps) => void }) {
  const [messageApi, messageHolder] = message.useMessage();
  // Bottom right: notices arrive when something settles in the background, often while the user reaches
  // for the banner or the page heading's actions in the top right, which a notice there would cover (and
  // keep covering while the pointer rests on it).
  const [notificationApi, notificationHolder] = notification.useNotification({ placement: 'bottomRight' });
  const [modalApi, modalHolder] = Modal.useModal();
  // After the commit: the holders are mounted by then, so the queued calls are not lost.
  useEffect(() => onReady({ message: messageApi, notification: notificationApi, modal: modalApi }), [onReady, messageApi, notificationApi, modalApi]);
  return (
    <>
      {messageHolder}
      {notificationHolder}
      {modalHolder}
    </>
  );
}
