import { describe, expect, it } from 'vitest';
import { numberFormat, relativeTimeFormat } from './intl';

describe('cached Intl formatters', () => {
  it('returns the same formatter for the same language and options', () => {
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).toBe(numberFormat('en-US', { maximumFractionDigits: 1 }));
    expect(relativeTimeFormat('zh-CN')).toBe(relativeTimeFormat('zh-CN'));
  });

  it('keeps languages and options apart', () => {
    expect(numberFormat('en-US').format(12345.67)).toBe('12,345.67');
    expect(numberFormat('en-US', { maximumFractionDigits: 0 }).format(12345.67)).toBe('12,346');
    expect(relativeTimeFormat('en-US').format(-1, 'day')).toBe('yesterday');
    expect(relativeTimeFormat('zh-CN').format(-1, 'day')).toBe('昨天');
  });
});
