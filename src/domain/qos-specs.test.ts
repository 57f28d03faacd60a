import { describe, expect, it } from 'vitest';
import {
  changeRequests,
  diffSpecs,
  formatBytes,
  formatSpec,
  formatSpecValue,
  isStandardKey,
  qosNameProblem,
  sortedSpecEntries,
  specKeyProblem,
  specUnit,
  specValueProblem,
  standardSpecKeys,
} from './qos-specs';

describe('standard keys', () => {
  it('covers the libvirt iotune keys, their bursts and burst lengths, and the per-GB forms', () => {
    const keys = standardSpecKeys.map((k) => k.key);
    for (const key of [
      'total_bytes_sec',
      'read_iops_sec',
      'write_bytes_sec_max',
      'total_iops_sec_max_length',
      'size_iops_sec',
      'read_iops_sec_per_gb',
      'total_bytes_sec_per_gb_min',
    ]) {
      expect(keys).toContain(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('knows each key’s unit and leaves free keys without one', () => {
    expect(specUnit('read_bytes_sec')).toBe('bytesPerSec');
    expect(specUnit('write_iops_sec_max')).toBe('iops');
    expect(specUnit('total_bytes_sec_max_length')).toBe('seconds');
    expect(specUnit('total_iops_sec_per_gb')).toBe('iopsPerGb');
    expect(specUnit('size_iops_sec')).toBe('bytes');
    expect(specUnit('minIOPS')).toBeUndefined();
    expect(isStandardKey('maxBWS')).toBe(false);
  });
});

describe('formatting', () => {
  it('shows bytes in binary units with at most two decimals', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(104857600)).toBe('100 MiB');
    expect(formatBytes(1500000)).toBe('1.43 MiB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GiB');
  });

  it('puts the unit after a standard key’s value', () => {
    expect(formatSpecValue('read_bytes_sec', '104857600')).toBe('100 MiB/s');
    expect(formatSpecValue('total_iops_sec', '500')).toBe('500 IOPS');
    expect(formatSpecValue('total_iops_sec', '12000')).toBe('12,000 IOPS');
    expect(formatSpecValue('read_iops_sec_per_gb', '10')).toBe('10 IOPS/GiB');
    expect(formatSpecValue('write_bytes_sec_per_gb', '1048576')).toBe('1 MiB/s/GiB');
    expect(formatSpecValue('total_iops_sec_max_length', '60')).toBe('60 s');
    expect(formatSpecValue('size_iops_sec', '4096')).toBe('4 KiB');
    expect(formatSpec('read_bytes_sec', '104857600')).toBe('read_bytes_sec = 100 MiB/s');
  });

  it('shows free keys and odd values as they are', () => {
    expect(formatSpecValue('minIOPS', '100')).toBe('100');
    expect(formatSpecValue('total_iops_sec', 'lots')).toBe('lots');
    expect(formatSpec('vendor:mode', 'fast')).toBe('vendor:mode = fast');
  });

  it('orders standard keys by the catalogue, then free keys by name', () => {
    const entries = sortedSpecEntries({ zeta: '1', read_iops_sec: '2', alpha: '3', total_bytes_sec: '4' });
    expect(entries.map(([k]) => k)).toEqual(['total_bytes_sec', 'read_iops_sec', 'alpha', 'zeta']);
  });
});

describe('validation', () => {
  it('requires a name of at most 255 characters', () => {
    expect(qosNameProblem('  ')).toBe('required');
    expect(qosNameProblem('x'.repeat(256))).toBe('tooLong');
    expect(qosNameProblem('gold')).toBeNull();
  });

  it('refuses empty, reserved and duplicate keys, and characters Cinder’s set-keys schema rejects', () => {
    expect(specKeyProblem('')).toBe('required');
    expect(specKeyProblem('key=1')).toBe('invalidChars');
    expect(specKeyProblem('größe')).toBe('invalidChars');
    expect(specKeyProblem('vendor:qos/max iops')).toBeNull();
    expect(specKeyProblem('consumer')).toBe('reserved');
    expect(specKeyProblem('name')).toBe('reserved');
    expect(specKeyProblem('k'.repeat(256))).toBe('tooLong');
    expect(specKeyProblem('total_iops_sec', ['total_iops_sec'])).toBe('duplicate');
    expect(specKeyProblem('minIOPS', ['total_iops_sec'])).toBeNull();
  });

  it('accepts only non-negative integers for standard keys', () => {
    expect(specValueProblem('total_iops_sec', '500')).toBeNull();
    expect(specValueProblem('total_iops_sec', '0')).toBeNull();
    expect(specValueProblem('total_iops_sec', '-1')).toBe('notNonNegativeInteger');
    expect(specValueProblem('read_bytes_sec', '1.5')).toBe('notNonNegativeInteger');
    expect(specValueProblem('read_bytes_sec', '100MB')).toBe('notNonNegativeInteger');
    expect(specValueProblem('read_bytes_sec', '')).toBe('required');
  });

  it('accepts any text up to 255 characters for free keys', () => {
    expect(specValueProblem('vendor:mode', 'fast lane')).toBeNull();
    expect(specValueProblem('vendor:mode', 'v'.repeat(256))).toBe('tooLong');
  });
});

describe('diff', () => {
  const current = { total_iops_sec: '500', read_bytes_sec: '104857600', minIOPS: '10' };

  it('lists added, changed and removed keys and ignores unchanged ones', () => {
    const changes = diffSpecs(current, { total_iops_sec: '800', minIOPS: '10', write_iops_sec: '200' });
    expect(changes).toEqual([
      { key: 'total_iops_sec', kind: 'changed', before: '500', after: '800' },
      { key: 'read_bytes_sec', kind: 'removed', before: '104857600' },
      { key: 'write_iops_sec', kind: 'added', after: '200' },
    ]);
  });

  it('treats a value that differs only by surrounding spaces as unchanged', () => {
    expect(diffSpecs(current, { ...current, total_iops_sec: ' 500 ' })).toEqual([]);
  });

  it('splits a diff into the keys to set and the keys to unset', () => {
    const changes = diffSpecs(current, { total_iops_sec: '800', write_iops_sec: ' 200' });
    expect(changeRequests(changes)).toEqual({
      set: { total_iops_sec: '800', write_iops_sec: '200' },
      unset: ['read_bytes_sec', 'minIOPS'],
    });
  });
});
