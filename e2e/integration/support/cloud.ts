/**
 * Setup and cleanup for specs that run against a real cloud (or nginx in front of anything), through
 * the console's own same-origin prefixes (`/api/identity`, `/api/block-storage`): the same path the
 * browser takes, so it works behind `vite preview` (OS_AUTH_URL) and behind deploy/'s nginx alike.
 * No emulator scenarios here: every resource is created through the API and removed afterwards.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import type { Account } from '../../support/console';

const MICROVERSION = 'volume 3.70';

type Json = Record<string, unknown>;

export interface CloudSession {
  token: string;
  projectId: string;
  /** Same-origin block-storage base, e.g. /api/block-storage/v3/<project id>. */
  cinder: string;
  /** Same-origin image (Glance) base, e.g. /api/image; null when the catalog has no image service. */
  glance: string | null;
}

type Catalog = { type: string; endpoints: { interface: string; url: string }[] }[];

/** The public endpoint of the first catalog entry of these types, as an origin-relative path (the proxy rewrites the catalog onto its prefixes). */
function endpointPath(catalog: Catalog, types: string[]): string | null {
  for (const type of types) {
    const url = catalog.find((c) => c.type === type)?.endpoints.find((e) => e.interface === 'public')?.url;
    if (url) return (url.startsWith('/') ? url : new URL(url).pathname).replace(/\/+$/, '');
  }
  return null;
}

export async function cloudLogin(request: APIRequestContext, account: Account): Promise<CloudSession> {
  const response = await request.post('/api/identity/v3/auth/tokens', {
    data: {
      auth: {
        identity: { methods: ['password'], password: { user: { name: account.username, domain: { name: 'Default' }, password: account.password } } },
        scope: { project: { name: account.project, domain: { name: 'Default' } } },
      },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const token = response.headers()['x-subject-token']!;
  const body = (await response.json()) as { token: { project: { id: string }; catalog: Catalog } };
  const cinder = endpointPath(body.token.catalog, ['block-storage', 'volumev3']) ?? '';
  expect(cinder, 'block-storage endpoint').toMatch(/^\/api\/block-storage\//);
  return { token, projectId: body.token.project.id, cinder, glance: endpointPath(body.token.catalog, ['image']) };
}

export class Cloud {
  constructor(
    readonly request: APIRequestContext,
    readonly session: CloudSession,
  ) {}

  static async open(request: APIRequestContext, account: Account): Promise<Cloud> {
    return new Cloud(request, await cloudLogin(request, account));
  }

  private headers() {
    return { 'X-Auth-Token': this.session.token, 'OpenStack-API-Version': MICROVERSION, Accept: 'application/json' };
  }

  async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown, expected: number[] = [200, 202]): Promise<Json> {
    const response = await this.request.fetch(`${this.session.cinder}${path}`, { method, headers: this.headers(), data });
    const text = await response.text();
    expect(expected, `${method} ${path} → ${response.status()} ${text.slice(0, 300)}`).toContain(response.status());
    return text ? (JSON.parse(text) as Json) : {};
  }

  async waitFor(path: string, key: 'volume' | 'snapshot', until: (status: string | null) => boolean, timeoutMs = 90_000): Promise<Json | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await this.request.get(`${this.session.cinder}${path}`, { headers: this.headers() });
      const item = response.status() === 404 ? null : (((await response.json()) as Json)[key] as Json);
      const status = item ? String(item.status) : null;
      if (until(status)) return item;
      if (Date.now() > deadline) throw new Error(`${path}: still ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async createVolume(name: string, size = 1, extra: Json = {}): Promise<string> {
    const body = await this.call('POST', '/volumes', { volume: { name, size, ...extra } }, [202]);
    const id = String((body.volume as Json).id);
    const done = await this.waitFor(`/volumes/${id}`, 'volume', (s) => s !== 'creating' && s !== 'downloading');
    expect(done?.status, `volume ${name}`).toBe('available');
    return id;
  }

  async createSnapshot(volumeId: string, name: string): Promise<string> {
    const body = await this.call('POST', '/snapshots', { snapshot: { volume_id: volumeId, name } }, [202]);
    const id = String((body.snapshot as Json).id);
    await this.waitFor(`/snapshots/${id}`, 'snapshot', (s) => s === 'available');
    return id;
  }

  async createType(name: string, extraSpecs: Record<string, string> = {}, isPublic = true): Promise<string> {
    const body = await this.call('POST', '/types', { volume_type: { name, extra_specs: extraSpecs, 'os-volume-type-access:is_public': isPublic } }, [200]);
    return String((body.volume_type as Json).id);
  }

  async createQos(name: string, specs: Record<string, string> = {}): Promise<string> {
    const body = await this.call('POST', '/qos-specs', { qos_specs: { name, ...specs } }, [200]);
    return String((body.qos_specs as Json).id);
  }

  private glanceBase(): string {
    expect(this.session.glance, 'the catalog has an image service').toBeTruthy();
    return this.session.glance!;
  }

  /**
   * What Nova leaves in Glance when it snapshots a volume-backed server: an image without data (made
   * active by an empty upload, as Nova's force_activate does) whose block_device_mapping points at a Cinder
   * snapshot of the boot volume. Cinder (3.46+) builds a volume from that snapshot when given the image.
   */
  async createVmSnapshotImage(name: string, snapshotId: string, volumeSize: number): Promise<string> {
    const glance = this.glanceBase();
    const headers = { 'X-Auth-Token': this.session.token, Accept: 'application/json' };
    const mapping = {
      source_type: 'snapshot',
      destination_type: 'volume',
      snapshot_id: snapshotId,
      boot_index: 0,
      delete_on_termination: false,
      volume_size: volumeSize,
      device_name: '/dev/vda',
      disk_bus: 'virtio',
      device_type: 'disk',
      guest_format: null,
      image_id: null,
      volume_id: null,
      no_device: null,
      tag: null,
    };
    const created = await this.request.post(`${glance}/v2/images`, {
      headers,
      data: {
        name,
        disk_format: 'raw',
        container_format: 'bare',
        visibility: 'private',
        min_disk: volumeSize,
        bdm_v2: 'True',
        root_device_name: '/dev/vda',
        block_device_mapping: JSON.stringify([mapping]),
      },
    });
    expect(created.status(), `POST /v2/images → ${await created.text()}`).toBe(201);
    const id = String(((await created.json()) as Json).id);
    const upload = await this.request.put(`${glance}/v2/images/${id}/file`, {
      headers: { ...headers, 'Content-Type': 'application/octet-stream' },
      data: Buffer.alloc(0),
    });
    expect(upload.status(), `PUT /v2/images/${id}/file → ${await upload.text()}`).toBe(204);
    await expect
      .poll(async () => ((await (await this.request.get(`${glance}/v2/images/${id}`, { headers })).json()) as Json).status, { timeout: 30_000 })
      .toBe('active');
    return id;
  }

  /** Glance images whose name starts with `prefix` (an admin sees every project's). */
  async imagesNamed(prefix: string): Promise<Json[]> {
    if (!this.session.glance) return [];
    const response = await this.request.get(`${this.session.glance}/v2/images?limit=1000`, { headers: { 'X-Auth-Token': this.session.token, Accept: 'application/json' } });
    expect(response.status()).toBe(200);
    return ((await response.json()) as { images: Json[] }).images.filter((i) => typeof i.name === 'string' && (i.name as string).startsWith(prefix));
  }

  async deleteImage(id: string): Promise<void> {
    const response = await this.request.delete(`${this.glanceBase()}/v2/images/${id}`, { headers: { 'X-Auth-Token': this.session.token } });
    expect([204, 404], `DELETE /v2/images/${id} → ${response.status()}`).toContain(response.status());
  }

  /** The project's quota set with usage (GET os-quota-sets/{project}?usage=true). */
  async quotaUsage(projectId = this.session.projectId): Promise<Record<string, { limit: number; in_use: number; reserved: number }>> {
    return (await this.call('GET', `/os-quota-sets/${projectId}?usage=true`)).quota_set as Record<string, { limit: number; in_use: number; reserved: number }>;
  }

  async volume(id: string): Promise<Json | null> {
    const response = await this.request.get(`${this.session.cinder}/volumes/${id}`, { headers: this.headers() });
    return response.status() === 404 ? null : (((await response.json()) as Json).volume as Json);
  }

  /** Finds a volume by exact name in the session's project. */
  async volumeByName(name: string): Promise<Json | undefined> {
    const body = await this.call('GET', `/volumes/detail?name=${encodeURIComponent(name)}`);
    return (body.volumes as Json[])[0];
  }

  /**
   * Removes everything whose name starts with `prefix` (admin session: all projects): Glance images,
   * snapshots, then volumes (reset first when stuck), then types (QoS disassociated) and QoS specs.
   */
  async removeAll(prefix: string): Promise<void> {
    for (const image of await this.imagesNamed(prefix)) await this.deleteImage(String(image.id));
    const mine = (list: Json[]) => list.filter((x) => typeof x.name === 'string' && (x.name as string).startsWith(prefix));
    const snapshots = mine((await this.call('GET', '/snapshots/detail?all_tenants=1')).snapshots as Json[]);
    const volumes = mine((await this.call('GET', '/volumes/detail?all_tenants=1')).volumes as Json[]);
    for (const v of volumes) {
      const extra = (await this.call('GET', `/snapshots/detail?all_tenants=1&volume_id=${String(v.id)}`)).snapshots as Json[];
      for (const s of extra) if (!snapshots.some((x) => x.id === s.id)) snapshots.push(s);
    }
    for (const s of snapshots) {
      await this.waitFor(`/snapshots/${String(s.id)}`, 'snapshot', (st) => st === null || !['creating', 'deleting', 'restoring'].includes(st)).catch(() => undefined);
      await this.call('POST', `/snapshots/${String(s.id)}/action`, { 'os-reset_status': { status: 'available' } }, [202, 404]);
      await this.call('DELETE', `/snapshots/${String(s.id)}`, undefined, [202, 404]);
    }
    for (const s of snapshots) await this.waitFor(`/snapshots/${String(s.id)}`, 'snapshot', (st) => st === null);
    for (const v of volumes) {
      const id = String(v.id);
      await this.waitFor(`/volumes/${id}`, 'volume', (st) => st === null || !['creating', 'downloading', 'extending', 'retyping', 'reverting', 'deleting'].includes(st)).catch(() => undefined);
      await this.call('POST', `/volumes/${id}/action`, { 'os-reset_status': { status: 'available', attach_status: 'detached', migration_status: 'none' } }, [202, 404]);
      await this.call('DELETE', `/volumes/${id}`, undefined, [202, 404]);
    }
    for (const v of volumes) await this.waitFor(`/volumes/${String(v.id)}`, 'volume', (st) => st === null);
    const types = mine((await this.call('GET', '/types?is_public=None')).volume_types as Json[]);
    for (const t of types) {
      if (typeof t.qos_specs_id === 'string') await this.call('GET', `/qos-specs/${t.qos_specs_id}/disassociate?vol_type_id=${String(t.id)}`, undefined, [202, 404]);
      await this.call('DELETE', `/types/${String(t.id)}`, undefined, [202, 404]);
    }
    const qos = mine((await this.call('GET', '/qos-specs')).qos_specs as Json[]);
    for (const q of qos) await this.call('DELETE', `/qos-specs/${String(q.id)}?force=true`, undefined, [202, 404]);
  }
}
