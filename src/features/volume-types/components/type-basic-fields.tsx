import { Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { VOLUME_TYPE_DESCRIPTION_MAX } from '../../../api/volume-types';
import { descriptionTooLong, nameProblem } from '../../../domain/volume-types';

/** Name, description and public switch: the fields create and edit share, with the same rules. */
export function TypeBasicFields() {
  const { t } = useTranslation('volume-types');
  return (
    <>
      <Form.Item
        name="name"
        label={t('form.name')}
        required
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              const problem = nameProblem(value ?? '');
              if (problem === 'required') throw new Error(t('form.nameRequired'));
              if (problem === 'tooLong') throw new Error(t('form.nameTooLong'));
            },
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('form.description')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if (descriptionTooLong(value ?? '')) throw new Error(t('form.descriptionTooLong', { max: VOLUME_TYPE_DESCRIPTION_MAX }));
            },
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="isPublic" label={t('form.public')} valuePropName="checked" extra={t('form.publicHelp')}>
        <Switch />
      </Form.Item>
    </>
  );
}
