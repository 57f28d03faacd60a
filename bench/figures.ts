/**
 * Pure logic of the bench: statistics, budget evaluation and the two printed forms (table, JSON line).
 * No I/O here, so it is unit-tested (figures.test.ts).
 */

export type Unit = 'KB' | 'req/min' | 'ms' | 'req/poll' | 'ratio' | 'score';

export interface Budget {
  id: string;
  label: string;
  unit: Unit;
  /** 'max': the value must be ≤ limit; 'min': ≥ limit. */
  kind: 'max' | 'min';
  limit: number;
}

export interface Figure {
  id: string;
  /** null when the figure could not be measured (the reason goes in note). */
  value: number | null;
  /** How the value was obtained and anything a reader needs to trust it. */
  note: string;
  /** Extra condition beyond the number (e.g. "independent of page size": equal counts). */
  conditionOk?: boolean;
}

export interface Evaluated extends Budget {
  value: number | null;
  note: string;
  pass: boolean;
}

/** How many volumes the poll figure keeps transitional. */
export const TRANSITIONAL_ROWS = 3;

/** The budgets of the issue, in the order they are printed. */
export const BUDGETS: Budget[] = [
  { id: 'volumesTransferKB', label: 'JS+CSS (gzip) to show /volumes the first time', unit: 'KB', kind: 'max', limit: 270 },
  { id: 'loginTransferKB', label: 'JS+CSS (gzip) for the login page', unit: 'KB', kind: 'max', limit: 200 },
  { id: 'quietRequestsPerMinute', label: 'requests/min on /volumes, nothing transitional', unit: 'req/min', kind: 'max', limit: 0 },
  { id: 'statusLatencyMs', label: 'backend status change → on screen (median)', unit: 'ms', kind: 'max', limit: 2500 },
  // A poll may ask once per transitional row at most, and the same in every project size / page size.
  { id: 'requestsPerPoll', label: `requests per poll, ${TRANSITIONAL_ROWS} transitional (same at 50 / 5,000 volumes, any page size)`, unit: 'req/poll', kind: 'max', limit: TRANSITIONAL_ROWS },
  { id: 'firstPageRatio', label: 'first page of /volumes: 5,000 vs 50 volumes', unit: 'ratio', kind: 'max', limit: 1.2 },
  // The snapshots page names only the volumes on screen: the project's size must not matter (issue #19).
  { id: 'snapshotsFirstPageRatio', label: 'first page of /snapshots (volumes named): 5,000 vs 50 volumes', unit: 'ratio', kind: 'max', limit: 1.2 },
  { id: 'lighthouseScore', label: 'Lighthouse performance, /volumes', unit: 'score', kind: 'min', limit: 95 },
  { id: 'accessibilityScore', label: 'Lighthouse accessibility, every route (lowest)', unit: 'score', kind: 'min', limit: 95 },
];

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A figure passes when it was measured, is on the right side of the limit and meets its extra condition. */
export function evaluate(budgets: readonly Budget[], figures: readonly Figure[]): Evaluated[] {
  return budgets.map((budget) => {
    const figure = figures.find((f) => f.id === budget.id);
    const value = figure?.value ?? null;
    const within = value !== null && Number.isFinite(value) && (budget.kind === 'max' ? value <= budget.limit : value >= budget.limit);
    return {
      ...budget,
      value,
      note: figure?.note ?? 'not measured',
      pass: within && figure?.conditionOk !== false,
    };
  });
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return 'n/a';
  switch (unit) {
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'score':
      return String(Math.round(value));
    default:
      return `${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`;
  }
}

function formatBudget(b: Budget): string {
  return `${b.kind === 'max' ? '≤' : '≥'} ${formatValue(b.limit, b.unit)}`;
}

/** A Markdown table (readable in a terminal and pasteable into README). */
export function formatTable(rows: readonly Evaluated[]): string {
  const header = ['figure', 'measured', 'budget', 'result'];
  const body = rows.map((r) => [r.label, formatValue(r.value, r.unit), formatBudget(r), r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** One machine-readable line: `BENCH {"pass":…,"figures":{id:{value,budget,pass}}}`. */
export function formatJsonLine(rows: readonly Evaluated[], extra: Record<string, unknown> = {}): string {
  const figures = Object.fromEntries(
    rows.map((r) => [r.id, { value: r.value === null ? null : Math.round(r.value * 100) / 100, unit: r.unit, budget: `${r.kind === 'max' ? '<=' : '>='}${r.limit}`, pass: r.pass }]),
  );
  return `BENCH ${JSON.stringify({ pass: rows.every((r) => r.pass), figures, ...extra })}`;
}

/** Network bytes → KB (1 KB = 1024 bytes, as DevTools and Vite print them). */
export function toKB(bytes: number): number {
  return bytes / 1024;
}
