import { test, type APIRequestContext } from '@playwright/test';
import { SEED } from '../../emulator/seed';
import { uniqueName } from './console';

/**
 * Admin calls straight to the emulated Cinder (through the console's proxy), so the volume-action
 * specs leave the shared emulator as they found it: their volumes deleted, quotas restored.
 */
const cinderBase = `/api/block-storage/volume/v3/${SEED.projects.admin}`;

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/identity/v3/auth/tokens', {
    data: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: 'admin' } } },
        scope: { project: { name: 'admin', domain: { name: 'Default' } } },
      },
    },
  });
  const token = response.headers()['x-subject-token'];
  if (!token) throw new Error(`admin login failed: ${response.status()}`);
  return token;
}

async function headers(request: APIRequestContext) {
  return { 'X-Auth-Token': await adminToken(request), 'OpenStack-API-Version': 'volume 3.70' };
}

/** Deletes (cascade + force, best effort) every volume, in any project, carrying one of these names. */
export async function deleteVolumesNamed(request: APIRequestContext, names: Iterable<string>): Promise<void> {
  const auth = await headers(request);
  for (const name of names) {
    const list = await request.get(`${cinderBase}/volumes`, { headers: auth, params: { all_tenants: 1, name } });
    if (!list.ok()) continue;
    const { volumes } = (await list.json()) as { volumes: { id: string }[] };
    for (const volume of volumes) {
      await request.delete(`${cinderBase}/volumes/${volume.id}`, { headers: auth, params: { cascade: 'true', force: 'true' } });
    }
  }
}

/** Sets a project's volume quotas back (quotaNearlyFull changes them for everyone). */
export async function restoreQuota(request: APIRequestContext, projectId: string, limits: Record<string, number>): Promise<boolean> {
  const response = await request.put(`${cinderBase}/os-quota-sets/${projectId}`, { headers: await headers(request), data: { quota_set: limits } });
  return response.ok();
}

/**
 * Unique volume names for one spec file, deleted after its tests (the emulator is shared): call at the
 * top of the file and use the returned function instead of uniqueName().
 */
export function volumeNamesDeletedAfterAll() {
  const created = new Set<string>();
  test.afterAll(async ({ request }) => {
    await deleteVolumesNamed(request, created);
  });
  const name = (prefix: string) => {
    const unique = uniqueName(prefix);
    created.add(unique);
    return unique;
  };
  /** A name given some other way (e.g. a rename) that must be cleaned up too. */
  return Object.assign(name, { remember: (other: string) => void created.add(other) });
}
