import { describe, expect, test } from 'vitest';
import { call, SEED, setup, type Reply, type World } from './helpers';

/** Records the emulator rendered into bodies while `run` ran (its operation counter, not the clock). */
async function renderedDuring(w: World, run: () => Promise<unknown>): Promise<number> {
  const count = async () => (await call(w.emu, 'GET', '/_emulator/state')).body.counters.recordsRendered as number;
  const before = await count();
  await run();
  return (await count()) - before;
}

describe('size knob', () => {
  test('5000 extra volumes: a list renders its page only, whatever the total', async () => {
    const w = await setup({ volumeCount: 5000 });
    expect((await call(w.emu, 'GET', '/_emulator/state')).body.projects[SEED.projects.demo].volumes).toBe(5031);

    let first: Reply | undefined;
    expect(await renderedDuring(w, async () => (first = await w.demo.get('/volumes/detail?limit=50&with_count=true')))).toBe(50);
    expect(first!.body.count).toBe(5031);
    expect(first!.body.volumes).toHaveLength(50);
    // Seed volumes are newer than bulk ones: the first page starts with the seed.
    expect(first!.body.volumes[0].name).toBe('web-data-clone');

    const marker = first!.body.volumes[49].id;
    expect(await renderedDuring(w, () => w.demo.get(`/volumes/detail?limit=50&marker=${marker}`))).toBe(50);
    expect(await renderedDuring(w, () => w.demo.get('/volumes/detail?limit=50&sort=name:asc&offset=2500'))).toBe(50);
    expect(await renderedDuring(w, () => w.demo.get('/volumes/detail?limit=1000'))).toBe(1000);
    let filtered: Reply | undefined;
    expect(await renderedDuring(w, async () => (filtered = await w.demo.get('/volumes?status=error&with_count=true&limit=10')))).toBe(10);
    expect(filtered!.body.count).toBe(201);

    const quota = (await w.demo.get(`/os-quota-sets/${SEED.projects.demo}`)).body.quota_set;
    expect(quota.volumes).toBe(-1);
    expect((await w.demo.post('/volumes', { volume: { size: 10 } })).status).toBe(202);
  });
});
