import { describe, expect, it } from 'vitest';
import { runBulk } from './bulk-runner';

describe('runBulk', () => {
  it('reports every item: success, or failure with its error', async () => {
    const items = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ];
    const boom = new Error('has snapshots');
    const results = await runBulk(items, async (item) => {
      if (item.id === 'b') throw boom;
    });
    expect(results.map((r) => [r.item.id, r.state])).toEqual([
      ['a', 'success'],
      ['b', 'failed'],
      ['c', 'success'],
    ]);
    expect(results[1]!.error).toBe(boom);
  });

  it('runs at most `concurrency` at a time and reports progress', async () => {
    let running = 0;
    let peak = 0;
    const seen: string[] = [];
    const items = Array.from({ length: 10 }, (_, i) => ({ id: String(i), label: String(i) }));
    await runBulk(
      items,
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
      },
      { concurrency: 3, onProgress: (r) => seen.push(`${r.item.id}:${r.state}`) },
    );
    expect(peak).toBe(3);
    expect(seen.filter((s) => s.endsWith(':success'))).toHaveLength(10);
    expect(seen.filter((s) => s.endsWith(':running'))).toHaveLength(10);
  });
});
