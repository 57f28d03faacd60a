import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/models';

/** Accepts the volume's name or its id (unnamed volumes only have an id). */
export function confirmationMatches(volume: Pick<Volume, 'id' | 'name'>, typed: string | undefined): boolean {
  const text = (typed ?? '').trim();
  return text !== '' && (text === volume.id || (!!volume.name && text === volume.name));
}

/** "Type the volume's name to confirm" — for deletes that cannot be undone. */
export function TypedConfirmation({ volume }: { volume: Volume }) {
  const { t } = useTranslation('volume-actions');
  const expected = volume.name || volume.id;
  return (
    <Form.Item
      name="confirmation"
      label={t('confirm.label', { expected })}
      rules={[
        {
          validator: async (_r, value: string | undefined) => {
            if (!confirmationMatches(volume, value)) throw new Error(t('validation.confirmationMismatch', { expected }));
          },
        },
      ]}
    >
      <Input autoComplete="off" spellCheck={false} />
    </Form.Item>
  );
}
