import { describe, expect, it } from 'vitest';
import { parseGiB } from './size';

describe('parseGiB', () => {
  it('keeps what was typed: no rounding, no clamping', () => {
    expect(parseGiB('2.5')).toBe(2.5);
    expect(parseGiB(' -3 ')).toBe(-3);
    expect(parseGiB('0')).toBe(0);
    expect(parseGiB('12')).toBe(12);
    expect(parseGiB(7)).toBe(7);
  });
  it('empty is null, anything else NaN', () => {
    expect(parseGiB('')).toBeNull();
    expect(parseGiB('  ')).toBeNull();
    expect(parseGiB(undefined)).toBeNull();
    expect(parseGiB('1e3')).toBeNaN();
    expect(parseGiB('ten')).toBeNaN();
    expect(parseGiB('3 GiB')).toBeNaN();
  });
});
