import { describe, expect, it } from 'vitest';
import en from './locales/en-US.json';
import zh from './locales/zh-CN.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('list building-block strings', () => {
  it('zh-CN holds exactly the en-US keys', () => {
    expect(keysOf(zh).sort()).toEqual(keysOf(en).sort());
  });
});
