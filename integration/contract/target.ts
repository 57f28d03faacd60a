/**
 * A "target" is one OpenStack the contract scenarios run against: the real cloud (openstack/up.sh) or
 * the emulator (in-process `createEmulator().handle`, or a standalone `emulator/server.ts`). Scenarios
 * only see this interface, so they are written once.
 */
export interface TargetAccount {
  username: string;
  password: string;
  project: string;
  domain: string;
}

export interface Target {
  name: 'real' | 'emulator';
  /** Keystone v3 base URL, ending in /v3. */
  keystoneUrl: string;
  accounts: { admin: TargetAccount; member: TargetAccount };
  /** How requests reach the target (global fetch, or the emulator's in-process handler). */
  fetch(request: Request): Promise<Response>;
  describe: string;
  close?(): Promise<void>;
}

const env = process.env;

function account(prefix: 'ADMIN' | 'MEMBER', fallback: TargetAccount): TargetAccount {
  return {
    username: env[`INTEGRATION_${prefix}_USER`] ?? fallback.username,
    password: env[`INTEGRATION_${prefix}_PASSWORD`] ?? fallback.password,
    project: env[`INTEGRATION_${prefix}_PROJECT`] ?? fallback.project,
    domain: env.INTEGRATION_DOMAIN ?? 'Default',
  };
}

/** Accounts created by openstack/up.sh (and seeded by the emulator under the same names). */
const defaultAccounts = {
  admin: account('ADMIN', { username: 'admin', password: 'admin', project: 'admin', domain: 'Default' }),
  member: account('MEMBER', { username: 'demo', password: 'demo', project: 'demo', domain: 'Default' }),
};

export function realTarget(): Target {
  const keystoneUrl = (env.OS_AUTH_URL ?? 'http://127.0.0.1:5000/v3').replace(/\/+$/, '');
  return {
    name: 'real',
    keystoneUrl: keystoneUrl.endsWith('/v3') ? keystoneUrl : `${keystoneUrl}/v3`,
    accounts: defaultAccounts,
    fetch: (request) => fetch(request),
    describe: `real OpenStack at ${keystoneUrl}`,
  };
}

/**
 * Short delays by default: long enough for the 100 ms poll to see the emulator's transitional
 * statuses (so their order is compared with the real ones), short enough for a quick suite.
 * EMULATOR_DELAYS=instant (or any JSON of options.ts) overrides it.
 */
export const CONTRACT_EMULATOR_DELAYS = JSON.stringify({
  create: 250, download: 250, extend: 250, retype: 250, delete: 250, revert: 250,
  snapshotCreate: 250, snapshotDelete: 250, migrate: 250, attach: 250,
  // A restore stays `restoring` long enough for the next call to find it busy, as on the real cloud.
  backupCreate: 250, backupRestore: 3000, backupDelete: 250,
});

/**
 * The emulator: EMULATOR_URL (a running `npx tsx emulator/server.ts`, started with whatever
 * EMULATOR_DELAYS it was given) or, by default, an in-process instance.
 */
export async function emulatorTarget(): Promise<Target> {
  const standalone = env.EMULATOR_URL?.replace(/\/+$/, '');
  if (standalone) {
    return {
      name: 'emulator',
      keystoneUrl: `${standalone}/identity/v3`,
      accounts: defaultAccounts,
      fetch: (request) => fetch(request),
      describe: `standalone emulator at ${standalone}`,
    };
  }
  const { createEmulator, emulatorOptionsFromEnv } = await import('../../emulator');
  const delays = env.EMULATOR_DELAYS ?? CONTRACT_EMULATOR_DELAYS;
  const fromEnv = emulatorOptionsFromEnv({ ...env, EMULATOR_DELAYS: delays });
  const emulator = createEmulator({ ...fromEnv, persistFile: undefined });
  const origin = 'http://emulator.contract';
  return {
    name: 'emulator',
    keystoneUrl: `${origin}/identity/v3`,
    accounts: defaultAccounts,
    fetch: (request) => emulator.handle(request),
    describe: `in-process emulator (EMULATOR_DELAYS=${delays})`,
  };
}
