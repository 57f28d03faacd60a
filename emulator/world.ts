/**
 * The running emulator: state plus clock, delays and the non-persistent scenario knobs.
 * Handlers receive a World; they never touch timers (time only moves through `now()`).
 */
import type { Delays } from './options';
import type { State } from './state';

export interface ServerErrorRule {
  status: 500 | 503;
  remaining: number;
  pathPrefix: string;
}

export interface SlowRule {
  ms: number;
  remaining: number;
  pathPrefix: string;
}

export interface Runtime {
  serverErrors: ServerErrorRule[];
  slow: SlowRule[];
}

export interface World {
  state: State;
  delays: Delays;
  tokenTtlSeconds: number;
  now(): number;
  runtime: Runtime;
  /** Operation counts for tests (cumulative; `GET /_emulator/state` shows them): records rendered into bodies. */
  counters: { recordsRendered: number };
  /** Called after every mutation; persistence debounces on it. */
  changed(): void;
}
