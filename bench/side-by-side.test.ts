import { describe, expect, it } from 'vitest';
import { formatSideBySide, formatSpread, goalsOf, ratioOf, sideBySideRow, spread } from './side-by-side';

describe('side-by-side figures', () => {
  it('summarizes samples as median with min and max', () => {
    expect(spread([300, 100, 200])).toEqual({ median: 200, min: 100, max: 300, n: 3 });
    expect(spread([])).toBeNull();
    expect(formatSpread(spread([1200, 1000, 1100]))).toBe('1,100 ms [1,000–1,200]');
  });

  it('divides the medians, console by Horizon, and has no ratio without both', () => {
    expect(ratioOf(spread([100]), spread([400]))).toBe(0.25);
    expect(ratioOf(spread([100]), null)).toBeNull();
  });

  it('makes a row per case with both ratios and the load range', () => {
    const row = sideBySideRow({ label: '/volumes', console: { cold: [300, 350, 310], warm: [90, 100, 95] }, horizon: { cold: [700, 800, 900], warm: [500, 400, 450] }, load: [1.5, 0.5] });
    expect(row.coldRatio).toBeCloseTo(310 / 800);
    expect(row.warmRatio).toBeCloseTo(95 / 450);
    expect(row.load).toEqual({ min: 0.5, max: 1.5 });
    expect(formatSideBySide([row])).toMatch(/\| \/volumes \| 310 ms \[300–350\] \| 800 ms \[700–900\] \| \*\*0\.39\*\* +\|/);
  });

  it('passes the goals at ≤ ½ cold and ≤ ¼ warm, and fails them unmeasured', () => {
    const row = sideBySideRow({ label: '/volumes', console: { cold: [400], warm: [120] }, horizon: { cold: [800], warm: [400] }, load: [] });
    expect(goalsOf(row).map((g) => [g.id, g.pass])).toEqual([
      ['coldVolumesVsHorizon', true],
      ['warmVolumesVsHorizon', false],
    ]);
    expect(goalsOf(undefined).every((g) => !g.pass && g.value === null)).toBe(true);
  });
});
