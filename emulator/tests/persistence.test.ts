import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulator, emulatorOptionsFromEnv } from '../index';
import { Cinder, login, SEED } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('persistence and options', () => {
  test('state survives a restart through persistFile (tokens included)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-'));
    dirs.push(dir);
    const file = join(dir, 'state.json');
    const first = createEmulator({ persistFile: file, delays: 'instant' });
    const token = await login(first, 'demo', 'demo');
    const demo = new Cinder(first, token, SEED.projects.demo);
    const created = await demo.post('/volumes', { volume: { size: 4, name: 'persisted' } });
    await demo.get('/volumes');
    await demo.del(`/volumes/${SEED.volumes.scratch09}`);
    first.flush();
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);

    const second = createEmulator({ persistFile: file, delays: 'instant' });
    const again = new Cinder(second, token, SEED.projects.demo);
    expect((await again.get(`/volumes/${created.body.volume.id}`)).body.volume).toMatchObject({ name: 'persisted', status: 'available' });
    expect((await again.get(`/volumes/${SEED.volumes.scratch09}`)).status).toBe(404);
  });

  test('emulatorOptionsFromEnv', () => {
    expect(emulatorOptionsFromEnv({ EMULATOR_VOLUMES: '5000', EMULATOR_DELAYS: 'instant', EMULATOR_STATE_FILE: '/tmp/x.json' })).toEqual({
      volumeCount: 5000,
      delays: 'instant',
      persistFile: '/tmp/x.json',
    });
    expect(emulatorOptionsFromEnv({ EMULATOR_DELAYS: '{"create": 100}' })).toEqual({ delays: { create: 100 } });
    expect(emulatorOptionsFromEnv({ EMULATOR_DELAYS: 'realistic', EMULATOR_VOLUMES: 'lots' })).toEqual({});
  });

  test('seed:false starts with identity, the default type and images only', async () => {
    const emu = createEmulator({ seed: false });
    const demo = new Cinder(emu, await login(emu, 'demo', 'demo'), SEED.projects.demo);
    expect((await demo.get('/volumes')).body.volumes).toEqual([]);
    expect((await demo.get('/types')).body.volume_types.map((t: { name: string }) => t.name)).toEqual(['__DEFAULT__']);
    expect((await demo.get(`/os-quota-sets/${SEED.projects.demo}`)).body.quota_set.volumes).toBe(10);
  });
});
