import { describe, expect, it } from 'vitest';
import { extraSpecKeyProblem } from '../api/volume-types';
import {
  IS_TRUE,
  buildCreateSpecs,
  diffSpecs,
  isEmptyDiff,
  knownSpecInOtherCase,
  nameProblem,
  newRow,
  planSpecSave,
  rowsFromSpecs,
  specsFromRows,
  validateSpecRows,
  valueProblem,
} from './volume-types';

describe('extra spec keys', () => {
  it('accepts the characters Cinder allows', () => {
    for (const key of ['volume_backend_name', 'RESKEY:availability_zones', 'capabilities:storage_protocol', 'a.b-c_d:9']) {
      expect(extraSpecKeyProblem(key)).toBeNull();
    }
  });
  it('refuses empty, too long and foreign characters', () => {
    expect(extraSpecKeyProblem('')).toBe('required');
    expect(extraSpecKeyProblem('k'.repeat(256))).toBe('tooLong');
    expect(extraSpecKeyProblem('k'.repeat(255))).toBeNull();
    for (const key of ['has space', 'slash/key', 'ünïcode', 'semi;colon', 'a=b']) expect(extraSpecKeyProblem(key)).toBe('invalidChars');
  });
});

describe('validateSpecRows', () => {
  it('refuses duplicate keys case-insensitively, on every copy', () => {
    const a = newRow('Tier', 'gold');
    const b = newRow('tier', 'silver');
    const c = newRow('other', 'x');
    const problems = validateSpecRows([a, b, c]);
    expect(problems.get(a.rowId)?.key).toBe('duplicate');
    expect(problems.get(b.rowId)?.key).toBe('duplicate');
    expect(problems.has(c.rowId)).toBe(false);
  });
  it('ignores a blank line but not a value without a key', () => {
    const blank = newRow('', '');
    const orphan = newRow('', 'v');
    const problems = validateSpecRows([blank, orphan]);
    expect(problems.has(blank.rowId)).toBe(false);
    expect(problems.get(orphan.rowId)?.key).toBe('required');
  });
  it('checks value length and the shape of known keys', () => {
    expect(valueProblem('anything', 'v'.repeat(255))).toBeNull();
    expect(valueProblem('anything', 'v'.repeat(256))).toBe('tooLong');
    expect(valueProblem('multiattach', 'True')).toBe('notBoolean');
    expect(valueProblem('multiattach', '<is> true')).toBe('notBoolean');
    expect(valueProblem('multiattach', IS_TRUE)).toBeNull();
    expect(valueProblem('replication_enabled', '<is> False')).toBeNull();
    expect(valueProblem('RESKEY:availability_zones', 'nova, az2')).toBeNull();
    expect(valueProblem('RESKEY:availability_zones', 'nova,,az2')).toBe('badZones');
    expect(valueProblem('volume_backend_name', 'anything goes')).toBeNull();
  });
  it('refuses multiattach and cacheable both true, also when multiattach comes from the shared switch', () => {
    const cacheable = newRow('cacheable', IS_TRUE);
    expect(validateSpecRows([cacheable, newRow('multiattach', IS_TRUE)]).get(cacheable.rowId)?.value).toBe('cacheableMultiattach');
    expect(validateSpecRows([cacheable], { multiattach: IS_TRUE }).get(cacheable.rowId)?.value).toBe('cacheableMultiattach');
    expect(validateSpecRows([cacheable]).size).toBe(0);
  });
  it('refuses a row repeating a key set by a dedicated field', () => {
    const row = newRow('Volume_Backend_Name', 'hdd');
    expect(validateSpecRows([row], { volume_backend_name: 'ssd' }).get(row.rowId)?.key).toBe('reserved');
  });
});

describe('knownSpecInOtherCase', () => {
  it('names the known spec a key spells in another case, and nothing for the exact or unknown key', () => {
    expect(knownSpecInOtherCase(' Multiattach ')?.key).toBe('multiattach');
    expect(knownSpecInOtherCase('qos_support')?.key).toBe('QoS_support');
    expect(knownSpecInOtherCase('multiattach')).toBeUndefined();
    expect(knownSpecInOtherCase('Tier')).toBeUndefined();
  });
});

describe('rows and specs', () => {
  it('round-trips, trimming keys and keeping values verbatim', () => {
    const rows = rowsFromSpecs({ b: '2', a: ' 1 ' });
    expect(rows.map((r) => r.key)).toEqual(['a', 'b']);
    expect(specsFromRows([...rows, newRow(' c ', 'x'), newRow('', '')])).toEqual({ a: ' 1 ', b: '2', c: 'x' });
  });
  it('builds create specs from the backend and shared fields', () => {
    expect(buildCreateSpecs({ backend: ' ssd ', shared: true, rows: [newRow('k', 'v')] })).toEqual({
      k: 'v',
      volume_backend_name: 'ssd',
      multiattach: IS_TRUE,
    });
    expect(buildCreateSpecs({ backend: '', shared: false, rows: [] })).toEqual({});
  });
});

describe('diffSpecs and planSpecSave', () => {
  it('splits added, changed and removed keys', () => {
    const diff = diffSpecs({ keep: '1', change: 'old', drop: 'x' }, { keep: '1', change: 'new', add: 'y' });
    expect(diff).toEqual({
      added: [{ key: 'add', value: 'y' }],
      changed: [{ key: 'change', from: 'old', to: 'new' }],
      removed: [{ key: 'drop', value: 'x' }],
    });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffSpecs({ a: '1' }, { a: '1' }))).toBe(true);
  });
  it('sets added and changed keys in one POST and deletes removed keys after it', () => {
    const plan = planSpecSave(diffSpecs({ change: 'old', drop: 'x' }, { change: 'new', add: 'y' }));
    expect(plan).toEqual({ deleteFirst: [], set: { change: 'new', add: 'y' }, deleteAfter: ['drop'] });
  });
  it('deletes a key renamed only in case before setting the new spelling', () => {
    const plan = planSpecSave(diffSpecs({ Tier: 'gold' }, { tier: 'gold' }));
    expect(plan).toEqual({ deleteFirst: ['Tier'], set: { tier: 'gold' }, deleteAfter: [] });
  });
});

describe('nameProblem', () => {
  it('requires a name of at most 255 characters', () => {
    expect(nameProblem('  ')).toBe('required');
    expect(nameProblem('x'.repeat(256))).toBe('tooLong');
    expect(nameProblem(' gold ')).toBeNull();
  });
});
