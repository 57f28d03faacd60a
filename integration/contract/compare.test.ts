import { describe, expect, test } from 'vitest';
import { compareSequences, compareTranscripts } from './compare';
import { mainKey, normalize } from './transcript';

const response = (status: number, body: unknown) => ({ status, headers: new Headers(), body });

describe('status sequences', () => {
  test('a transitional status missed by polling on one side is allowed', () => {
    expect(compareSequences(['extending', 'available'], ['available'])).toBeNull();
    expect(compareSequences(['deleting', 'gone'], ['gone'])).toBeNull();
    expect(compareSequences(['null', 'migrating', 'completing', 'success'], ['null', 'migrating', 'success'])).toBeNull();
  });

  test('a different final status fails', () => {
    expect(compareSequences(['retyping', 'available'], ['retyping', 'error'])).toMatch(/final status differs/);
    expect(compareSequences(['creating', 'timeout:creating'], ['creating', 'available'])).toMatch(/final/);
  });

  test('a stable status seen on one side only fails', () => {
    expect(compareSequences(['available', 'error', 'available'], ['available'])).toMatch(/sequences differ/);
  });

  test('transitional statuses seen on both sides must keep their order', () => {
    expect(compareSequences(['null', 'migrating', 'completing', 'success'], ['null', 'completing', 'migrating', 'success'])).toMatch(/sequences differ/);
  });
});

describe('normalized steps', () => {
  test('keys, resource keys and fault names are compared, values only when picked', () => {
    const a = [normalize('show', response(200, { volume: { id: 'a', size: 1, name: 'x' } }), { values: { size: 1 } })];
    const b = [normalize('show', response(200, { volume: { id: 'b', size: 1, name: 'y' } }), { values: { size: 1 } })];
    expect(compareTranscripts(a, b)).toEqual([]);
    const c = [normalize('show', response(200, { volume: { id: 'b', size: 2 } }), { values: { size: 2 } })];
    const diff = compareTranscripts(a, c);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toContain('only on real [name]');
    expect(diff[0]).toContain('size: 1 vs 2');
  });

  test('a fault is named by its key and a different fault or status fails', () => {
    const real = [normalize('delete', response(400, { badRequest: { code: 400, message: 'Invalid volume' } }))];
    const emu = [normalize('delete', response(409, { conflictingRequest: { code: 409, message: 'Invalid volume' } }))];
    expect(real[0]!.fault).toBe('badRequest');
    expect(compareTranscripts(real, emu)[0]).toMatch(/status 400 vs 409; .*fault badRequest vs conflictingRequest/);
  });

  test('an empty body differs from a JSON one, and a missing step is reported', () => {
    const real = [normalize('extend', response(202, null)), normalize('show', response(200, {}))];
    const emu = [normalize('extend', response(202, { volume: {} }))];
    const diff = compareTranscripts(real, emu);
    expect(diff[0]).toContain('body empty vs json');
    expect(diff[1]).toContain('only real ran "show"');
  });

  test('the main key skips links and scalars', () => {
    expect(mainKey({ volumes: [], volumes_links: [], count: 3 })).toBe('volumes');
    expect(mainKey({ qos_specs: {}, links: [] })).toBe('qos_specs');
  });
});

describe('leading null and key order', () => {
  test('a field not set yet on the first poll may be missed by the other side', () => {
    expect(compareSequences(['null', 'migrating', 'completing', 'success'], ['success'])).toBeNull();
    expect(compareSequences(['null', 'error'], ['success'])).toMatch(/final/);
    expect(compareSequences(['null', 'migrating', 'completing', 'null', 'success'], ['migrating', 'success'])).toBeNull();
    expect(compareSequences(['migrating', 'null'], ['migrating', 'success'])).toMatch(/final/);
  });

  test('picked values compare regardless of key order', () => {
    const a = [normalize('m', response(200, { metadata: {} }), { values: { m: { a: '1', b: '2' } } })];
    const b = [normalize('m', response(200, { metadata: {} }), { values: { m: { b: '2', a: '1' } } })];
    expect(compareTranscripts(a, b)).toEqual([]);
  });
});
