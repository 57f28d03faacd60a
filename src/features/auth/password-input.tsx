import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NativeInput, type NativeInputProps } from '../../components/native-input';

/**
 * A password field with a real show / hide button: reachable by keyboard, named for screen readers and
 * big enough to hit (antd's Input.Password eye is a 14 px icon outside the tab order).
 */
export function PasswordInput(props: Omit<NativeInputProps, 'type' | 'suffix'>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <NativeInput
      {...props}
      type={shown ? 'text' : 'password'}
      autoComplete="current-password"
      suffix={
        <Button
          type="text"
          size="small"
          aria-label={t('login.showPassword')}
          aria-pressed={shown}
          icon={shown ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          onClick={() => setShown((value) => !value)}
          style={{ marginInlineEnd: -7 }}
        />
      }
    />
  );
}
