import { Alert, Checkbox, Form, Modal, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QosAssociation, QosSpec } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CliEquivalent } from '../../../components/cli/cli-equivalent';
import { qosCalls } from '../../../api/qos-specs';
import { useAllVolumeTypes, useAssociateQos, useQosSpecs } from '../../../queries/qos-specs';
import { useFeedback } from '../../../components/feedback/feedback';

interface AssociateModalProps {
  open: boolean;
  spec: QosSpec;
  associated: QosAssociation[];
  onClose: () => void;
}

/**
 * Associates a volume type. Cinder lets a type carry one QoS spec and answers 400 otherwise, so a
 * type that already has another spec is offered as a replacement: disassociate it there, then here.
 */
export function AssociateModal({ open, spec, associated, onClose }: AssociateModalProps) {
  const { t } = useTranslation(['qos-specs', 'app']);
  const { message } = useFeedback();
  const types = useAllVolumeTypes(open);
  // Names of the other specs a type may carry (the list is cached and small).
  const specs = useQosSpecs();
  const associate = useAssociateQos();
  const [typeId, setTypeId] = useState<string | undefined>(undefined);
  const [replaceConfirmed, setReplaceConfirmed] = useState(false);

  const specName = useMemo(() => new Map((specs.data ?? []).map((s) => [s.id, s.name])), [specs.data]);
  const here = useMemo(() => new Set(associated.map((a) => a.id)), [associated]);
  const selected = types.data?.find((type) => type.id === typeId);
  // The associations call is the truth for this spec; qos_specs_id tells about the others.
  const currentQos = selected && !here.has(selected.id) && selected.qos_specs_id && selected.qos_specs_id !== spec.id ? selected.qos_specs_id : null;
  const currentQosName = currentQos ? (specName.get(currentQos) ?? t('associations.unknownQos')) : '';
  const canSubmit = Boolean(selected) && !here.has(typeId ?? '') && (!currentQos || replaceConfirmed);

  const submit = () => {
    if (!selected || !canSubmit) return;
    associate.mutate(
      { qosId: spec.id, typeId: selected.id, replaceQosId: currentQos },
      {
        onSuccess: () => {
          void message.success(t('associations.associated', { name: selected.name }));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('associations.modalTitle', { name: spec.name })}
      onCancel={onClose}
      onOk={submit}
      okText={currentQos ? t('associations.replaceButton') : t('associations.associateButton')}
      okButtonProps={{ disabled: !canSubmit }}
      cancelText={t('app:actions.cancel')}
      confirmLoading={associate.isPending}
      afterClose={() => {
        setTypeId(undefined);
        setReplaceConfirmed(false);
        associate.reset();
      }}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('associations.pickType')} htmlFor="qos-associate-type">
          <Select<string>
            id="qos-associate-type"
            aria-label={t('associations.pickType')}
            showSearch={{ optionFilterProp: 'search' }}
            placeholder={t('associations.pickTypePlaceholder')}
            loading={types.isPending}
            value={typeId}
            onChange={(value) => {
              setTypeId(value);
              setReplaceConfirmed(false);
              associate.reset();
            }}
            // A plain-text label gives each option its accessible name; the tags come from optionRender.
            options={[...(types.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((type) => ({ value: type.id, label: type.name, search: type.name, disabled: here.has(type.id) }))}
            optionRender={(option) => {
              const type = types.data?.find((candidate) => candidate.id === option.value);
              const mine = here.has(String(option.value));
              const other = type && !mine && type.qos_specs_id && type.qos_specs_id !== spec.id ? type.qos_specs_id : null;
              return (
                <Space size={4}>
                  {option.label}
                  {mine ? <Tag>{t('associations.alreadyHere')}</Tag> : null}
                  {other ? <Tag color="orange">{t('associations.currentQos', { name: specName.get(other) ?? t('associations.unknownQos') })}</Tag> : null}
                </Space>
              );
            }}
          />
        </Form.Item>
      </Form>
      {types.isError ? <ApiErrorAlert error={types.error} title={t('associations.typesFailed')} /> : null}
      {selected && currentQos ? (
        <Alert
          type="warning"
          showIcon
          title={t('associations.replaceTitle', { type: selected.name, qos: currentQosName })}
          description={
            <>
              <div>{t('associations.replaceText', { qos: currentQosName, name: spec.name })}</div>
              <Checkbox checked={replaceConfirmed} onChange={(e) => setReplaceConfirmed(e.target.checked)} style={{ marginTop: 8 }}>
                {t('associations.replaceConfirm', { qos: currentQosName, name: spec.name })}
              </Checkbox>
            </>
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Alert type="info" role="note" showIcon title={t('associations.attachedNote')} style={{ marginBottom: associate.error ? 12 : 0 }} />
      <CliEquivalent
        request={
          selected
            ? [...(currentQos ? [qosCalls.disassociate(currentQos, selected.id)] : []), qosCalls.associate(spec.id, selected.id)]
            : null
        }
      />
      {associate.error ? <ApiErrorAlert error={associate.error} /> : null}
    </Modal>
  );
}
