import { Button, Card, Descriptions, Flex, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VolumeType } from '../../../api/models';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useQosSpecsById } from '../../../queries/qos-specs';
import { useSetTypeQos } from '../../../queries/volume-types';
import { useFeedback } from '../../../components/feedback/feedback';

/** The type's QoS spec: associate, change (old one disassociated first) or disassociate. */
export function QosCard({ type }: { type: VolumeType }) {
  const { t } = useTranslation(['volume-types', 'app']);
  const { message } = useFeedback();
  const specs = useQosSpecsById();
  const setQos = useSetTypeQos(type.id);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const current = type.qos_specs_id ?? null;
  const spec = current ? specs.data?.get(current) : undefined;
  const options = [...(specs.data?.values() ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({ value: s.id, label: `${s.name} (${s.consumer})`, disabled: s.id === current }));

  const apply = (next: string | null) =>
    setQos.mutate(
      { current, next },
      {
        onSuccess: () => {
          setChoice(undefined);
          message.success(next ? t('qos.associated') : t('qos.disassociated'));
        },
      },
    );

  return (
    <Card title={t('qos.title')}>
      {current ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'name', label: t('qos.current'), children: <Link to={`/qos-specs/${current}`}>{spec?.name ?? current}</Link> },
            ...(spec
              ? [
                  { key: 'consumer', label: t('qos.consumer'), children: spec.consumer },
                  {
                    key: 'specs',
                    label: t('qos.specs'),
                    children: Object.keys(spec.specs).length ? (
                      <Flex gap={4} wrap>
                        {Object.entries(spec.specs).map(([k, v]) => (
                          <Tag key={k}>
                            {k}={v}
                          </Tag>
                        ))}
                      </Flex>
                    ) : (
                      '—'
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('qos.none')}</Typography.Paragraph>
      )}
      {specs.isError ? <ApiErrorAlert error={specs.error} title={t('qos.loadFailed')} /> : null}
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('qos.select')}
          placeholder={t('qos.select')}
          style={{ width: 280 }}
          loading={specs.isLoading}
          value={choice}
          onChange={(value: string) => setChoice(value)}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={t('qos.noSpecs')}
        />
        <Button type="primary" disabled={!choice} loading={setQos.isPending && !!choice} onClick={() => choice && apply(choice)}>
          {current ? t('qos.change') : t('qos.associate')}
        </Button>
        {current ? (
          <Popconfirm
            title={t('qos.disassociateConfirm', { name: spec?.name ?? current })}
            okText={t('qos.disassociate')}
            cancelText={t('app:actions.cancel')}
            onConfirm={() => apply(null)}
          >
            <Button danger>{t('qos.disassociate')}</Button>
          </Popconfirm>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('qos.help')}
      </Typography.Paragraph>
      {setQos.isError ? (
        <div style={{ marginTop: 12 }}>
          <ApiErrorAlert error={setQos.error} title={t('qos.failed')} onClose={() => setQos.reset()} />
        </div>
      ) : null}
    </Card>
  );
}
