import { describe, expect, it } from 'vitest';
import { formatExact, formatRelative, parseCinderTime } from './time';

describe('time', () => {
  it('reads Cinder timestamps without a zone as UTC, and keeps explicit zones', () => {
    expect(parseCinderTime('2024-01-02T03:04:05.000000').toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(parseCinderTime('2024-01-02T03:04:05+02:00').toISOString()).toBe('2024-01-02T01:04:05.000Z');
  });

  it('picks the largest whole unit, in the language asked for', () => {
    const now = new Date('2024-05-10T12:00:00Z');
    expect(formatRelative(new Date('2024-05-10T11:57:00Z'), now, 'en-US')).toBe('3 minutes ago');
    expect(formatRelative(new Date('2024-05-10T09:00:00Z'), now, 'en-US')).toBe('3 hours ago');
    expect(formatRelative(new Date('2024-05-09T12:00:00Z'), now, 'en-US')).toBe('yesterday');
    expect(formatRelative(new Date('2024-05-10T11:57:00Z'), now, 'zh-CN')).toBe('3分钟前');
  });

  it('counts seconds under a minute, and never says "in …" for a timestamp slightly ahead (clock skew)', () => {
    const now = new Date('2024-05-10T12:00:00Z');
    expect(formatRelative(new Date('2024-05-10T11:59:30Z'), now, 'en-US')).toBe('30 seconds ago');
    expect(formatRelative(new Date('2024-05-10T12:00:20Z'), now, 'en-US')).toBe('1 second ago');
    expect(formatRelative(new Date('2024-05-10T11:59:30Z'), now, 'zh-CN')).toBe('30秒钟前');
  });

  it('formats exact local times with zero padding', () => {
    expect(formatExact(new Date(2024, 0, 2, 3, 4, 5))).toBe('2024-01-02 03:04:05');
    expect(formatExact(new Date(2024, 0, 2, 3, 4, 5), { seconds: false })).toBe('2024-01-02 03:04');
  });
});
