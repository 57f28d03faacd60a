import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { ConsoleConfigProvider } from './console-config';
import { loadAntdLocale, useAntdLocale } from './use-antd-locale';

const renders: (string | undefined)[] = [];
function Probe() {
  const locale = useAntdLocale();
  renders.push(locale?.locale);
  return <span>{locale?.locale ?? 'en (built in)'}</span>;
}

describe('useAntdLocale', { timeout: 60_000 }, () => {
  it('has the pack loaded before the first render from that render on (no second render of the console)', async () => {
    await loadAntdLocale('zh-CN');
    renders.length = 0;
    renderWithProviders(<Probe />, 'zh-CN');
    expect(renders[0]).toBe('zh-cn');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders.every((locale) => locale === 'zh-cn')).toBe(true);
  });

  it('switching the language keeps the console mounted: what was typed stays, in the same field', async () => {
    function Console() {
      const locale = useAntdLocale();
      const { i18n } = useTranslation();
      return (
        <ConsoleConfigProvider locale={locale}>
          <input aria-label="Draft" />
          <button onClick={() => void i18n.changeLanguage('zh-CN')}>中文</button>
          <output aria-label="antd locale">{locale?.locale}</output>
        </ConsoleConfigProvider>
      );
    }
    renderWithProviders(<Console />);
    const user = userEvent.setup({ delay: null });
    const draft = screen.getByRole('textbox', { name: 'Draft' });
    await user.type(draft, 'kept');
    await user.click(screen.getByRole('button', { name: '中文' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'antd locale' })).toHaveTextContent('zh-cn'));
    expect(screen.getByRole('textbox', { name: 'Draft' })).toBe(draft);
    expect(draft).toHaveValue('kept');
  });
});
