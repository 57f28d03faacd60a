import { describe, expect, test } from 'vitest';
import { SEED, setup } from './helpers';

describe('size knob', () => {
  test('5000 extra volumes: creating the emulator and listing pages stays fast', async () => {
    const t0 = performance.now();
    const w = await setup({ volumeCount: 5000 });
    const built = performance.now() - t0;
    expect(built).toBeLessThan(3000);

    const t1 = performance.now();
    const first = await w.demo.get('/volumes/detail?limit=50&with_count=true');
    const page = await w.demo.get(`/volumes/detail?limit=50&marker=${first.body.volumes[49].id}`);
    const byName = await w.demo.get('/volumes/detail?limit=50&sort=name:asc&offset=2500');
    const big = await w.demo.get('/volumes/detail?limit=1000');
    const filtered = await w.demo.get('/volumes?status=error&with_count=true');
    const elapsed = performance.now() - t1;

    expect(first.body.count).toBe(5031);
    expect(first.body.volumes).toHaveLength(50);
    expect(page.body.volumes).toHaveLength(50);
    expect(byName.body.volumes).toHaveLength(50);
    expect(big.body.volumes).toHaveLength(1000);
    expect(filtered.body.count).toBe(201);
    expect(elapsed).toBeLessThan(2000);
    // Seed volumes are newer than bulk ones: the first page starts with the seed.
    expect(first.body.volumes[0].name).toBe('web-data-clone');
    const quota = (await w.demo.get(`/os-quota-sets/${SEED.projects.demo}`)).body.quota_set;
    expect(quota.volumes).toBe(-1);
    expect((await w.demo.post('/volumes', { volume: { size: 10 } })).status).toBe(202);
  });
});
