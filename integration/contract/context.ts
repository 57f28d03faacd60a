/** What a scenario works with: two signed-in sessions, a recorder, a poller, labels and cleanups. */
import { cinder, login, type CinderCall, type CinderSession, type WireResponse } from './client';
import { isTransitional } from './compare';
import { normalize, type NormalizeOptions, type StepRecord } from './transcript';
import type { Target } from './target';

export interface WatchOptions {
  /** The key holding the resource in the GET body (`volume`, `snapshot`). */
  resource: string;
  /** Fields whose values are recorded; the flow is settled when none is transitional. */
  fields?: string[];
  timeoutMs?: number;
}

export const POLL_INTERVAL_MS = 100;
/** Settled = nothing transitional and unchanged for this long (see compare.ts). */
export const SETTLE_MS = 1000;
const DEFAULT_TIMEOUT_MS = 120_000;

export class ScenarioContext {
  readonly records: StepRecord[] = [];
  private readonly cleanups: { label: string; run: () => Promise<void> }[] = [];
  private readonly labels = new Map<string, string>();
  readonly runId = `ct${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

  constructor(
    readonly target: Target,
    readonly admin: CinderSession,
    readonly member: CinderSession,
  ) {}

  static async open(target: Target): Promise<ScenarioContext> {
    const [admin, member] = await Promise.all([login(target, target.accounts.admin), login(target, target.accounts.member)]);
    return new ScenarioContext(target, admin.session, member.session);
  }

  /** A name no other run uses (the real cloud keeps everything). */
  name(part: string): string {
    return `${this.runId}-${part}`;
  }

  /** Remembers that a run-specific value (id, name) stands for a stable label in compared values. */
  label(value: string, label: string): string {
    this.labels.set(value, label);
    return value;
  }

  /** The label of a value (or the value itself when it has none). */
  l(value: unknown): unknown {
    return typeof value === 'string' && this.labels.has(value) ? this.labels.get(value) : value;
  }

  record(step: string, response: WireResponse, options?: NormalizeOptions): WireResponse {
    this.records.push(normalize(step, response, options));
    return response;
  }

  push(record: StepRecord): void {
    this.records.push(record);
  }

  /** A Cinder call, recorded as a step; `values` picks comparable values out of the response. */
  async call(
    step: string,
    session: CinderSession,
    method: string,
    path: string,
    call: CinderCall = {},
    pick?: (body: Record<string, unknown>, response: WireResponse) => Record<string, unknown>,
    options: Omit<NormalizeOptions, 'values'> = {},
  ): Promise<WireResponse> {
    const response = await cinder(this.target, session, method, path, call);
    const body = response.body && typeof response.body === 'object' ? (response.body as Record<string, unknown>) : {};
    let values: Record<string, unknown> | undefined;
    try {
      values = pick ? pick(body, response) : undefined;
    } catch (error) {
      values = { pickFailed: String(error) };
    }
    return this.record(step, response, { ...options, values });
  }

  /** An unrecorded call (setup, lookups); throws unless the status is one of `expect`. */
  async raw(session: CinderSession, method: string, path: string, call: CinderCall = {}, expect: number[] = [200, 202]): Promise<WireResponse> {
    const response = await cinder(this.target, session, method, path, call);
    if (!expect.includes(response.status)) {
      throw new Error(`${this.target.name}: ${method} ${path} gave ${response.status}: ${JSON.stringify(response.body)?.slice(0, 300)}`);
    }
    return response;
  }

  /**
   * Polls GET `path` until no watched field is transitional (or the resource is gone: 'gone'), and
   * records the sequence of distinct values per field (see compare.ts for how they are compared).
   */
  async watch(step: string, session: CinderSession, path: string, options: WatchOptions): Promise<Record<string, unknown> | null> {
    const fields = options.fields ?? ['status'];
    const sequences: Record<string, string[]> = Object.fromEntries(fields.map((f) => [f, []]));
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let last: Record<string, unknown> | null = null;
    let note: string | undefined;
    let stableKey = '';
    let stableSince = 0;
    for (;;) {
      const response = await cinder(this.target, session, 'GET', path);
      const add = (field: string, value: string) => {
        const seq = sequences[field]!;
        if (seq[seq.length - 1] !== value) seq.push(value);
      };
      if (response.status === 404) {
        for (const f of fields) add(f, 'gone');
        last = null;
        break;
      }
      if (response.status !== 200) throw new Error(`${this.target.name}: watching ${path} gave ${response.status}`);
      last = (response.body as Record<string, Record<string, unknown>>)[options.resource] ?? null;
      const current = fields.map((f) => String(last?.[f] ?? 'null'));
      current.forEach((value, i) => add(fields[i]!, value));
      const key = current.join('|');
      if (key !== stableKey) {
        stableKey = key;
        stableSince = Date.now();
      }
      if (!current.some(isTransitional) && Date.now() - stableSince >= SETTLE_MS) break;
      if (Date.now() > deadline) {
        for (const f of fields) {
          const seq = sequences[f]!;
          seq[seq.length - 1] = `timeout:${seq[seq.length - 1]}`;
        }
        note = `did not settle within ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`;
        break;
      }
      await sleep(POLL_INTERVAL_MS);
    }
    this.records.push({ step, sequences, ...(note ? { note } : {}) });
    return last;
  }

  /** Waits (unrecorded) until a volume/snapshot settles; returns its body or null when gone. */
  async settle(session: CinderSession, path: string, resource: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Record<string, unknown> | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await cinder(this.target, session, 'GET', path);
      if (response.status === 404) return null;
      const body = (response.body as Record<string, Record<string, unknown>>)[resource];
      if (response.status === 200 && body && !isTransitional(String(body.status)) && !isTransitional(String(body.migration_status ?? ''))) return body;
      if (Date.now() > deadline) throw new Error(`${this.target.name}: ${path} did not settle (${String(body?.status)})`);
      await sleep(POLL_INTERVAL_MS);
    }
  }

  /** Registers a cleanup; they run in reverse order after the scenario, whatever happened. */
  onCleanup(label: string, run: () => Promise<void>): void {
    this.cleanups.push({ label, run });
  }

  async cleanup(): Promise<string[]> {
    const failures: string[] = [];
    for (const { label, run } of this.cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        failures.push(`${this.target.name}: cleanup "${label}" failed: ${(error as Error).message}`);
      }
    }
    return failures;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
