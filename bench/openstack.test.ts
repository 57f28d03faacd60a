import { describe, expect, it } from 'vitest';
import { parseCinderTime } from './openstack';

describe('parseCinderTime', () => {
  it('reads a zone-less Cinder timestamp (microseconds) as UTC', () => {
    expect(parseCinderTime('2026-11-27T01:02:03.456000')).toBe(Date.UTC(2026, 10, 27, 1, 2, 3, 456));
  });
  it('keeps an explicit zone', () => {
    expect(parseCinderTime('2026-11-27T01:02:03Z')).toBe(Date.UTC(2026, 10, 27, 1, 2, 3));
    expect(parseCinderTime('2026-11-27T03:02:03+02:00')).toBe(Date.UTC(2026, 10, 27, 1, 2, 3));
  });
});
