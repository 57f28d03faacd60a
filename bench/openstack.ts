/**
 * The bench's own OpenStack client (Node fetch through the console's same-origin proxy), used to put
 * the backend into known states and read the emulator's clock back (a volume's updated_at is the
 * moment its scheduled transition became due).
 */

export interface ApiSession {
  origin: string;
  token: string;
  /** Same-origin Cinder base, e.g. /api/block-storage/volume/v3/<project>. */
  cinder: string;
  projectId: string;
}

interface CatalogEntry {
  type: string;
  endpoints: { url: string; interface: string }[];
}

export async function apiLogin(origin: string, username: string, password: string, project: string): Promise<ApiSession> {
  const response = await fetch(`${origin}/api/identity/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: username, domain: { name: 'Default' }, password } } },
        scope: { project: { name: project, domain: { name: 'Default' } } },
      },
    }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const token = response.headers.get('x-subject-token')!;
  const body = (await response.json()) as { token: { catalog: CatalogEntry[]; project: { id: string } } };
  const service = body.token.catalog.find((s) => ['block-storage', 'volumev3'].includes(s.type));
  const endpoint = service?.endpoints.find((e) => e.interface === 'public') ?? service?.endpoints[0];
  if (!endpoint) throw new Error('no block-storage endpoint in the catalog');
  const cinder = endpoint.url.startsWith('http') ? new URL(endpoint.url).pathname : endpoint.url;
  return { origin, token, cinder: cinder.replace(/\/$/, ''), projectId: body.token.project.id };
}

export async function cinder<T>(s: ApiSession, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${s.origin}${s.cinder}${path}`, {
    method,
    headers: { 'X-Auth-Token': s.token, 'Content-Type': 'application/json', Accept: 'application/json', 'OpenStack-API-Version': 'volume 3.59' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface ApiVolume {
  id: string;
  name: string | null;
  status: string;
  size: number;
  updated_at: string | null;
}

export async function getVolume(s: ApiSession, id: string): Promise<ApiVolume> {
  return (await cinder<{ volume: ApiVolume }>(s, 'GET', `/volumes/${id}`)).volume;
}

/** Cinder 3.45 with_count: the project's total without listing it. */
export async function countVolumes(s: ApiSession): Promise<number> {
  const body = await cinder<{ count?: number }>(s, 'GET', '/volumes?limit=1&with_count=true');
  return body.count ?? -1;
}

export async function waitForStatus(s: ApiSession, id: string, status: string, timeoutMs = 30_000): Promise<ApiVolume> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const volume = await getVolume(s, id);
    if (volume.status === status) return volume;
    if (Date.now() > deadline) throw new Error(`volume ${id} still ${volume.status}, wanted ${status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function createVolume(s: ApiSession, name: string, size = 1): Promise<ApiVolume> {
  const { volume } = await cinder<{ volume: ApiVolume }>(s, 'POST', '/volumes', { volume: { name, size } });
  return waitForStatus(s, volume.id, 'available');
}

export async function extendVolume(s: ApiSession, id: string, newSize: number): Promise<void> {
  await cinder(s, 'POST', `/volumes/${id}/action`, { 'os-extend': { new_size: newSize } });
}

/** Cinder timestamps carry no zone and are UTC. */
export function parseCinderTime(value: string): number {
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

export async function emulatorScenario(origin: string, name: string, args: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(`${origin}/_emulator/scenario`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`scenario ${name}: ${response.status} ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}
