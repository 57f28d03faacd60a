/**
 * Pure logic of the console-vs-Horizon comparison (`npm run bench -- --vs-horizon`): per case the
 * medians with min–max of cold and warm loads, their ratios, the goals of issue #19, and the table.
 * No I/O here, so it is unit-tested (side-by-side.test.ts).
 */
import { median } from './figures';

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Samples of "table visible" (ms since navigation start) of one server, cold and warm. */
export interface LoadSamples {
  cold: number[];
  warm: number[];
}

export interface SideBySideCase {
  /** e.g. "/volumes, project (admin)". */
  label: string;
  console: LoadSamples;
  horizon: LoadSamples;
  /** Load average (1 min) seen during the case's loads. */
  load: number[];
}

export interface SideBySideRow {
  label: string;
  consoleCold: Spread | null;
  horizonCold: Spread | null;
  coldRatio: number | null;
  consoleWarm: Spread | null;
  horizonWarm: Spread | null;
  warmRatio: number | null;
  load: { min: number; max: number } | null;
}

export function spread(samples: readonly number[]): Spread | null {
  if (!samples.length) return null;
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: samples.length };
}

/** console ÷ Horizon of the medians; null when either was not measured. */
export function ratioOf(console: Spread | null, horizon: Spread | null): number | null {
  return console && horizon && horizon.median > 0 ? console.median / horizon.median : null;
}

export function sideBySideRow(c: SideBySideCase): SideBySideRow {
  const consoleCold = spread(c.console.cold);
  const horizonCold = spread(c.horizon.cold);
  const consoleWarm = spread(c.console.warm);
  const horizonWarm = spread(c.horizon.warm);
  return {
    label: c.label,
    consoleCold,
    horizonCold,
    coldRatio: ratioOf(consoleCold, horizonCold),
    consoleWarm,
    horizonWarm,
    warmRatio: ratioOf(consoleWarm, horizonWarm),
    load: c.load.length ? { min: Math.min(...c.load), max: Math.max(...c.load) } : null,
  };
}

/** Issue #19's goals: cold /volumes ≤ ½ of Horizon's, warm ≤ ¼ (the project's volumes, as admin). */
export const GOALS = { coldRatio: 0.5, warmRatio: 0.25 } as const;

export interface GoalResult {
  id: 'coldVolumesVsHorizon' | 'warmVolumesVsHorizon';
  label: string;
  value: number | null;
  limit: number;
  pass: boolean;
}

export function goalsOf(volumes: SideBySideRow | undefined): GoalResult[] {
  const goal = (id: GoalResult['id'], label: string, value: number | null, limit: number): GoalResult => ({ id, label, value, limit, pass: value !== null && value <= limit });
  return [
    goal('coldVolumesVsHorizon', 'cold /volumes, console ÷ Horizon', volumes?.coldRatio ?? null, GOALS.coldRatio),
    goal('warmVolumesVsHorizon', 'warm /volumes, console ÷ Horizon', volumes?.warmRatio ?? null, GOALS.warmRatio),
  ];
}

const ms = (n: number) => Math.round(n).toLocaleString('en-US');
export function formatSpread(s: Spread | null): string {
  return s ? `${ms(s.median)} ms [${ms(s.min)}–${ms(s.max)}]` : 'n/a';
}
const formatRatio = (r: number | null) => (r === null ? 'n/a' : `**${r.toFixed(2)}**`);

/** A Markdown table: per case, cold and warm medians [min–max] of both and the ratios, with the load. */
export function formatSideBySide(rows: readonly SideBySideRow[]): string {
  const header = ['case', 'console cold', 'Horizon cold', 'cold ratio', 'console warm', 'Horizon warm', 'warm ratio', 'load'];
  const body = rows.map((r) => [
    r.label,
    formatSpread(r.consoleCold),
    formatSpread(r.horizonCold),
    formatRatio(r.coldRatio),
    formatSpread(r.consoleWarm),
    formatSpread(r.horizonWarm),
    formatRatio(r.warmRatio),
    r.load ? `${r.load.min.toFixed(1)}–${r.load.max.toFixed(1)}` : 'n/a',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
