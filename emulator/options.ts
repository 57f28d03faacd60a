/**
 * Options of the emulator and how they are read from the environment.
 * Delays are in milliseconds; 'instant' makes every scheduled transition due immediately
 * (the 202 body still shows the transitional status, the next request sees the result).
 */
export interface Delays {
  create: number;
  download: number;
  extend: number;
  retype: number;
  delete: number;
  revert: number;
  snapshotCreate: number;
  snapshotDelete: number;
  migrate: number;
  attach: number;
  detach: number;
  backupCreate: number;
  backupRestore: number;
  backupDelete: number;
  /** Volume upload to a Glance image (volume uploading, image queued → saving → active). */
  upload: number;
}

export interface EmulatorOptions {
  delays?: Partial<Delays> | 'instant';
  volumeCount?: number;
  seed?: boolean;
  persistFile?: string;
  now?: () => number;
  tokenTtlSeconds?: number;
}

/** Roughly what a small real deployment shows; slow enough that a console must poll. */
export const REALISTIC_DELAYS: Delays = {
  create: 3000,
  download: 2000,
  extend: 2000,
  retype: 3000,
  delete: 2000,
  revert: 3000,
  snapshotCreate: 4000,
  snapshotDelete: 2000,
  migrate: 3000,
  attach: 3000,
  detach: 2000,
  backupCreate: 4000,
  backupRestore: 4000,
  backupDelete: 2000,
  upload: 4000,
};

export const INSTANT_DELAYS: Delays = {
  create: 0,
  download: 0,
  extend: 0,
  retype: 0,
  delete: 0,
  revert: 0,
  snapshotCreate: 0,
  snapshotDelete: 0,
  migrate: 0,
  attach: 0,
  detach: 0,
  backupCreate: 0,
  backupRestore: 0,
  backupDelete: 0,
  upload: 0,
};

const delayKeys = Object.keys(REALISTIC_DELAYS) as (keyof Delays)[];

export function resolveDelays(input: Partial<Delays> | 'instant' | 'realistic' | undefined, base: Delays = REALISTIC_DELAYS): Delays {
  if (input === 'instant') return { ...INSTANT_DELAYS };
  if (input === undefined || input === 'realistic') return { ...base };
  const out = { ...base };
  for (const key of delayKeys) {
    const v = input[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = v;
  }
  return out;
}

export function isDelaysInput(value: unknown): value is Partial<Delays> | 'instant' | 'realistic' {
  if (value === 'instant' || value === 'realistic') return true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([k, v]) => (delayKeys as string[]).includes(k) && typeof v === 'number' && v >= 0);
}

/** EMULATOR_VOLUMES, EMULATOR_DELAYS=instant|realistic|<json>, EMULATOR_STATE_FILE. Bad values are ignored. */
export function emulatorOptionsFromEnv(env: Record<string, string | undefined>): EmulatorOptions {
  const options: EmulatorOptions = {};
  const count = env.EMULATOR_VOLUMES?.trim();
  if (count && /^\d+$/.test(count)) options.volumeCount = Number(count);
  const delays = env.EMULATOR_DELAYS?.trim();
  if (delays === 'instant') options.delays = 'instant';
  else if (delays && delays !== 'realistic') {
    try {
      const parsed: unknown = JSON.parse(delays);
      if (isDelaysInput(parsed) && parsed !== 'realistic') options.delays = parsed;
    } catch {
      // not JSON: keep realistic delays
    }
  }
  const file = env.EMULATOR_STATE_FILE?.trim();
  if (file) options.persistFile = file;
  return options;
}
