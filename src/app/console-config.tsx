import { ConfigProvider, type ConfigProviderProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd puts a space between the two characters of a two-character Chinese button ("编 辑") and none in
 * longer ones ("删除所选"): off, so every button reads the same.
 */
const buttonConfig: ConfigProviderProps['button'] = { autoInsertSpace: false };

/** The console's antd settings: its locale, its theme, and its buttons' text as written. */
export function ConsoleConfigProvider({ locale, theme, children }: Pick<ConfigProviderProps, 'locale' | 'theme'> & { children: ReactNode }) {
  return (
    <ConfigProvider locale={locale} theme={theme} button={buttonConfig}>
      {children}
    </ConfigProvider>
  );
}
