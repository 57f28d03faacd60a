/**
 * The named scenarios' contract, shared by the emulator, its Vitest tests (in process:
 * `emulator.scenarios.failNext({...})`) and Playwright (over HTTP: `scenario(request, 'failNext', {...})`
 * in e2e/support/console.ts), so a wrong name or argument is a type error everywhere.
 * Types only: Playwright imports it without loading the emulator.
 */
import type { FailAction } from './cinder/registry';

export interface CreateVolumeArgs {
  projectId: string;
  name?: string | null;
  description?: string | null;
  size?: number;
  status?: string;
  volumeType?: string;
  metadata?: Record<string, string>;
  bootable?: boolean;
  /** Fake attachments: server ids (status defaults to in-use when given). */
  attachedTo?: string[];
  userId?: string;
}

export interface Scenarios {
  /** The volume takes `status` and keeps it (scheduled transitions are dropped) until reset / reset-status. */
  volumeStuckIn(args: { volumeId: string; status: string }): void;
  /** The next `count` (default 1) flows of `action` end in failure with Cinder's user message where Cinder writes one. */
  failNext(args: { action: FailAction; count?: number; resourceId?: string }): void;
  /** Limits set so exactly one more small volume / snapshot fits (volumes, snapshots: used+1; gigabytes: used+10). */
  quotaNearlyFull(args: { projectId: string }): Record<string, number>;
  /** The next `count` (default 1) requests whose path starts with `pathPrefix` (default any) fail with 500/503. */
  serverError(args: { status: 500 | 503; count?: number; pathPrefix?: string }): void;
  /** Delay the next `count` (default: all, until reset) matching responses by `ms`. */
  slowResponses(args: { ms: number; count?: number; pathPrefix?: string }): void;
  /** Every token issued so far becomes invalid (401 everywhere, 404 on validation). */
  expireTokens(): void;
  /** Set a volume's status directly (no flow, not sticky). */
  setVolumeStatus(args: { volumeId: string; status: string }): void;
  /** Insert a volume directly (no quota, no flow); returns its id. */
  createVolume(args: CreateVolumeArgs): { id: string };
  /** The service stops heartbeating `secondsAgo` (default 0) seconds ago: "down" once that passes service_down_time (60 s). */
  serviceDown(args: { binary: string; host: string; secondsAgo?: number }): void;
  /** The service heartbeats again ("up" at once). */
  serviceUp(args: { binary: string; host: string }): void;
  /** Put an unmanaged object on a backend (`host` backend- or pool-level), listed by the manageable lists. */
  addBackendObject(args: { host: string; name: string; sizeGb: number; kind?: 'volume' | 'snapshot'; sourceName?: string; inUse?: boolean }): void;
  /** Insert a Nova server (vm_state active unless given; `building`, `error`, `stopped`… test Nova's 409s); returns its id. */
  createServer(args: CreateServerArgs): { id: string };
  /** Remove a Nova server without touching the volumes attached to it (their attachments go stale, as after a lost delete). */
  removeServer(args: { serverId: string }): void;
  /** 'absent': no cinder-backup runs (os-services lists none; every backup create ends in error, "Service not found for creating backup."). */
  backupService(args: { state: 'up' | 'absent' }): void;
}

export interface CreateServerArgs {
  projectId: string;
  name: string;
  vmState?: 'active' | 'building' | 'stopped' | 'paused' | 'suspended' | 'error' | 'shelved_offloaded' | 'rescued' | 'resized';
  locked?: boolean;
}

export type ScenarioName = keyof Scenarios;

/** The arguments after the name: none for `expireTokens`, one object for the others. */
export type ScenarioArgs<N extends ScenarioName> = Parameters<Scenarios[N]>;

/** Body of `POST /_emulator/scenario`. */
export interface ScenarioRequest<N extends ScenarioName = ScenarioName> {
  name: N;
  args: ScenarioArgs<N>[0] | Record<string, never>;
}

/** Answer of `POST /_emulator/scenario` (a scenario that returns nothing answers `result: null`). */
export interface ScenarioAnswer<N extends ScenarioName = ScenarioName> {
  ok: true;
  scenario: N;
  result: ReturnType<Scenarios[N]> extends void ? null : ReturnType<Scenarios[N]>;
}
