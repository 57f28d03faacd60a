import { describe, expect, it } from 'vitest';
import en from './locales/en-US.json';
import zh from './locales/zh-CN.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe('qos-specs strings', () => {
  it('zh-CN holds exactly the en-US keys', () => {
    expect(keysOf(zh).sort()).toEqual(keysOf(en).sort());
  });

  it('zh-CN uses the vendor document’s terms', () => {
    expect(zh.title).toBe('QoS规则');
    expect(zh.consumer.label).toBe('生效对象');
    expect([zh.consumer.frontEnd, zh.consumer.backEnd, zh.consumer.both]).toEqual(['前端', '后端', '前后端']);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enEntries = Object.fromEntries(keysOf(en).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)]));
    const zhEntries = Object.fromEntries(keysOf(zh).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zh)]));
    for (const key of Object.keys(enEntries)) {
      expect(placeholders(String(zhEntries[key])), key).toEqual(placeholders(String(enEntries[key])));
    }
  });
});
