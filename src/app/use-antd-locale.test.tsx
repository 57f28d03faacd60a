import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
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

});
