import { describe, expect, it } from 'vitest';
import { compareVersions, maxVersionFrom, negotiateVersion, supports } from './microversion';

describe('microversions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('3.9', '3.10')).toBeLessThan(0);
    expect(compareVersions('3.70', '3.70')).toBe(0);
    expect(() => compareVersions('latest', '3.0')).toThrow();
  });

  it('pins the configured version, lowered to the server maximum', () => {
    expect(negotiateVersion('3.70', '3.71')).toBe('3.70');
    expect(negotiateVersion('3.70', '3.60')).toBe('3.60');
    expect(negotiateVersion('3.70', null)).toBe('3.0');
  });

  it('reports features by the negotiated version', () => {
    expect(supports({ volumeApiVersion: '3.40' }, 'revert')).toBe(true);
    expect(supports({ volumeApiVersion: '3.39' }, 'revert')).toBe(false);
    expect(supports({ volumeApiVersion: '3.44' }, 'count')).toBe(false);
    expect(supports({ volumeApiVersion: '3.65' }, 'inUseSnapshot')).toBe(false);
    expect(supports({ volumeApiVersion: '3.66' }, 'inUseSnapshot')).toBe(true);
    expect(supports(null, 'messages')).toBe(false);
  });

  it("reads the v3 maximum from Cinder's versions document", () => {
    expect(maxVersionFrom({ versions: [{ id: 'v2.0', version: '' }, { id: 'v3.0', version: '3.70', min_version: '3.0' }] })).toBe('3.70');
    expect(maxVersionFrom({ versions: [] })).toBeNull();
  });
});
