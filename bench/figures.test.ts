import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluate, formatJsonLine, formatTable, formatValue, median, type Budget } from './figures';

const maxBudget: Budget = { id: 'kb', label: 'transfer', unit: 'KB', kind: 'max', limit: 270 };
const minBudget: Budget = { id: 'score', label: 'lighthouse', unit: 'score', kind: 'min', limit: 95 };

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([2600, 900, 1400])).toBe(1400);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => median([])).toThrow();
  });
});

describe('evaluate', () => {
  it('passes a max budget at or under the limit and fails over it', () => {
    const [at] = evaluate([maxBudget], [{ id: 'kb', value: 270, note: '' }]);
    const [over] = evaluate([maxBudget], [{ id: 'kb', value: 270.1, note: '' }]);
    expect(at!.pass).toBe(true);
    expect(over!.pass).toBe(false);
  });
  it('passes a min budget at or over the limit and fails under it', () => {
    expect(evaluate([minBudget], [{ id: 'score', value: 95, note: '' }])[0]!.pass).toBe(true);
    expect(evaluate([minBudget], [{ id: 'score', value: 94, note: '' }])[0]!.pass).toBe(false);
  });
  it('fails a figure that was not measured or broke its extra condition', () => {
    expect(evaluate([maxBudget], [])[0]).toMatchObject({ pass: false, value: null, note: 'not measured' });
    expect(evaluate([maxBudget], [{ id: 'kb', value: null, note: 'server down' }])[0]!.pass).toBe(false);
    expect(evaluate([maxBudget], [{ id: 'kb', value: 10, note: '', conditionOk: false }])[0]!.pass).toBe(false);
  });
  it('treats a zero budget strictly', () => {
    const quiet = BUDGETS.find((b) => b.id === 'quietRequestsPerMinute')!;
    expect(evaluate([quiet], [{ id: quiet.id, value: 0, note: '' }])[0]!.pass).toBe(true);
    expect(evaluate([quiet], [{ id: quiet.id, value: 1, note: '' }])[0]!.pass).toBe(false);
  });
});

describe('output', () => {
  const rows = evaluate([maxBudget, minBudget], [
    { id: 'kb', value: 251.26, note: '' },
    { id: 'score', value: 91, note: '' },
  ]);
  it('prints every figure with its budget and verdict', () => {
    const table = formatTable(rows);
    expect(table).toMatch(/transfer\s*\| 251\.3 KB\s*\| ≤ 270\.0 KB\s*\| PASS/);
    expect(table).toMatch(/lighthouse\s*\| 91\s*\| ≥ 95\s*\| FAIL/);
  });
  it('prints one parseable JSON line whose overall verdict is the AND of all figures', () => {
    const line = formatJsonLine(rows, { server: 'vite preview' });
    expect(line.startsWith('BENCH ')).toBe(true);
    const parsed = JSON.parse(line.slice(6)) as { pass: boolean; server: string; figures: Record<string, { value: number; pass: boolean }> };
    expect(parsed.pass).toBe(false);
    expect(parsed.server).toBe('vite preview');
    expect(parsed.figures.kb).toMatchObject({ value: 251.26, pass: true });
    expect(parsed.figures.score).toMatchObject({ value: 91, pass: false });
  });
  it('formats units the way they are budgeted', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1234 ms');
    expect(formatValue(1.0833, 'ratio')).toBe('1.08×');
    expect(formatValue(null, 'KB')).toBe('n/a');
  });
});
