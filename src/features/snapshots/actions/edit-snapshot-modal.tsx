import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../api/models';
import { SNAPSHOT_DESCRIPTION_MAX, SNAPSHOT_NAME_MAX, snapshotCalls } from '../../../api/snapshots';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { useUpdateSnapshot } from '../../../queries/snapshots';
import { changedFields } from '../../../domain/snapshots';
import { useFeedback } from '../../../components/feedback/feedback';

interface Props {
  snapshot: Snapshot;
  open: boolean;
  onClose: () => void;
}

interface Values {
  name: string;
  description: string;
}

export function EditSnapshotModal({ snapshot, open, onClose }: Props) {
  const { t } = useTranslation(['snapshots', 'app']);
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const update = useUpdateSnapshot(snapshot.id);
  const watched = Form.useWatch((all: Values) => all, form);
  const pending = watched ? changedFields(snapshot, { name: watched.name ?? '', description: watched.description ?? '' }) : {};

  const submit = (values: Values) => {
    const changes = changedFields(snapshot, values);
    if (!Object.keys(changes).length) {
      message.info(t('edit.nothingChanged'));
      onClose();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        message.success(t('edit.success'));
        onClose();
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('edit.title')}
      okText={t('app:actions.save')}
      cancelText={t('app:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => {
        update.reset();
        onClose();
      }}
      okButtonProps={{ loading: update.isPending }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="edit-snapshot"
        initialValues={{ name: snapshot.name ?? '', description: snapshot.description ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('fields.name')} rules={[{ max: SNAPSHOT_NAME_MAX, message: t('create.tooLong', { max: SNAPSHOT_NAME_MAX }) }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('fields.description')}
          rules={[{ max: SNAPSHOT_DESCRIPTION_MAX, message: t('create.tooLong', { max: SNAPSHOT_DESCRIPTION_MAX }) }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        {update.isError ? <ApiErrorAlert error={update.error} /> : null}
      </Form>
      <CliEquivalent request={Object.keys(pending).length ? snapshotCalls.update(snapshot.id, pending) : null} />
    </Modal>
  );
}
