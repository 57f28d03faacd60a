import { describe, expect, it } from 'vitest';
import { SEEDED_SERVERS } from '../nova/servers';
import { call, setup, SEED, type Body, type World } from './helpers';

const servers = SEEDED_SERVERS;
const V = SEED.volumes;

/** A Nova client for one of the helper's sessions (same token; the compute URL has no project id). */
function nova(w: World, who: 'demo' | 'admin' | 'alice', mv: string | null = '2.60') {
  const token = w[who].token;
  const headers = (): Record<string, string> => (mv ? { 'OpenStack-API-Version': `compute ${mv}` } : {});
  return {
    get: (p: string) => call(w.emu, 'GET', `/compute/v2.1${p}`, { token, headers: headers() }),
    post: (p: string, body: unknown) => call(w.emu, 'POST', `/compute/v2.1${p}`, { token, body, headers: headers() }),
    del: (p: string) => call(w.emu, 'DELETE', `/compute/v2.1${p}`, { token, headers: headers() }),
  };
}

const attach = (w: World, server: string, volumeId: string, extra: Record<string, unknown> = {}, who: 'demo' | 'admin' | 'alice' = 'demo') =>
  nova(w, who).post(`/servers/${server}/os-volume_attachments`, { volumeAttachment: { volumeId, ...extra } });

describe('Nova: catalog, versions, microversions', () => {
  it('lists compute in the catalog at /compute/v2.1 and answers version documents without a token', async () => {
    const w = await setup();
    const token = await call(w.emu, 'GET', '/identity/v3/auth/catalog', { token: w.demo.token });
    const compute = token.body.catalog.find((c: Body) => c.type === 'compute');
    expect(compute.endpoints[0].url).toBe('http://emu.test/compute/v2.1');
    const root = await call(w.emu, 'GET', '/compute/v2.1/');
    expect(root.status).toBe(200);
    expect(root.body.version).toMatchObject({ id: 'v2.1', min_version: '2.1', version: '2.93' });
  });

  it('echoes the negotiated microversion; refuses one out of range (406) or malformed (400)', async () => {
    const w = await setup();
    const ok = await nova(w, 'demo', '2.60').get('/servers');
    expect(ok.headers.get('OpenStack-API-Version')).toBe('compute 2.60');
    expect(ok.headers.get('X-OpenStack-Nova-API-Version')).toBe('2.60');
    const base = await nova(w, 'demo', null).get('/servers');
    expect(base.headers.get('OpenStack-API-Version')).toBe('compute 2.1');
    const high = await nova(w, 'demo', '2.200').get('/servers');
    expect(high.status).toBe(406);
    expect(high.body.computeFault.message).toBe('Version 2.200 is not supported by the API. Minimum is 2.1 and maximum is 2.93.');
    const bad = await nova(w, 'demo', 'two').get('/servers');
    expect(bad.status).toBe(400);
  });

  it('needs a token (Keystone-shaped 401)', async () => {
    const w = await setup();
    expect((await call(w.emu, 'GET', '/compute/v2.1/servers')).status).toBe(401);
  });
});

describe('Nova: servers', () => {
  it('lists only the project\'s servers, with names and statuses; the seed\'s attachments point at them', async () => {
    const w = await setup();
    const list = await nova(w, 'demo').get('/servers/detail');
    const names = list.body.servers.map((s: Body) => s.name);
    expect(names).toEqual(expect.arrayContaining(['web-1', 'web-2', 'db-1', 'db-2', 'app-1', 'build-runner', 'broken-vm', 'batch-stopped']));
    expect(names).not.toContain('lab-1');
    const byName = Object.fromEntries(list.body.servers.map((s: Body) => [s.name, s]));
    expect(byName['build-runner'].status).toBe('BUILD');
    expect(byName['batch-stopped'].status).toBe('SHUTOFF');
    expect(byName['web-1'].image).toBe('');
    const volume = await w.demo.get(`/volumes/${V.dbPrimary}`);
    const serverId = volume.body.volume.attachments[0].server_id;
    expect(byName['db-1'].id).toBe(serverId);
    expect(byName['db-1']['os-extended-volumes:volumes_attached']).toEqual([{ id: V.dbPrimary, delete_on_termination: false }]);
  });

  it('filters by name as a regular expression and pages by limit/marker with servers_links', async () => {
    const w = await setup();
    const web = await nova(w, 'demo').get('/servers/detail?name=^web');
    expect(web.body.servers.map((s: Body) => s.name).sort()).toEqual(['web-1', 'web-2']);
    const first = await nova(w, 'demo').get('/servers/detail?limit=3');
    expect(first.body.servers).toHaveLength(3);
    const next = new URL(first.body.servers_links[0].href);
    expect(next.pathname).toBe('/compute/v2.1/servers/detail');
    expect(next.searchParams.get('marker')).toBe(first.body.servers[2].id);
    const second = await nova(w, 'demo').get(`/servers/detail${next.search}`);
    const ids = [...first.body.servers, ...second.body.servers].map((s: Body) => s.id);
    expect(new Set(ids).size).toBe(6);
    const unknown = await nova(w, 'demo').get('/servers/detail?marker=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(400);
    expect(unknown.body.badRequest.message).toBe('marker [00000000-0000-4000-8000-000000000000] not found');
    const invalid = await nova(w, 'demo').get('/servers/detail?name=(');
    expect(invalid.status).toBe(400);
  });

  it('all_tenants is admin-only (403 for a member); a member\'s uuid filter is ignored, an admin\'s applied', async () => {
    const w = await setup();
    const member = await nova(w, 'demo').get('/servers/detail?all_tenants=1');
    expect(member.status).toBe(403);
    expect(member.body.forbidden.message).toBe("Policy doesn't allow os_compute_api:servers:detail:get_all_tenants to be performed.");
    const admin = await nova(w, 'admin').get(`/servers/detail?all_tenants=1&project_id=${SEED.projects.research}`);
    expect(admin.body.servers.map((s: Body) => s.name).sort()).toEqual(['lab-1', 'lab-2']);
    const ignored = await nova(w, 'demo').get(`/servers?uuid=${servers.web1}`);
    expect(ignored.body.servers.length).toBeGreaterThan(1);
    const applied = await nova(w, 'admin').get(`/servers?all_tenants=1&uuid=${servers.web1}`);
    expect(applied.body.servers).toEqual([expect.objectContaining({ id: servers.web1, name: 'web-1' })]);
  });

  it('shows a server of the project; another project\'s is itemNotFound for a member, visible to an admin', async () => {
    const w = await setup();
    expect((await nova(w, 'demo').get(`/servers/${servers.web2}`)).body.server.name).toBe('web-2');
    const other = await nova(w, 'demo').get(`/servers/${servers.lab1}`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ itemNotFound: { code: 404, message: `Instance ${servers.lab1} could not be found.` } });
    expect((await nova(w, 'admin').get(`/servers/${servers.lab1}`)).body.server.name).toBe('lab-1');
  });

  it('boots a server without networks (BUILD → ACTIVE) and deletes it, detaching its volumes', async () => {
    const w = await setup({ delays: { create: 1000, delete: 1000, attach: 1000, detach: 1000 } });
    const created = await nova(w, 'demo').post('/servers', { server: { name: 'tmp-vm', flavorRef: '1', imageRef: SEED.images.cirros, networks: 'none' } });
    expect(created.status).toBe(202);
    const id = created.body.server.id;
    expect((await nova(w, 'demo').get(`/servers/${id}`)).body.server.status).toBe('BUILD');
    w.clock.advance(1000);
    expect((await nova(w, 'demo').get(`/servers/${id}`)).body.server.status).toBe('ACTIVE');
    await attach(w, id, V.scratch01);
    w.clock.advance(1000);
    expect((await nova(w, 'demo').del(`/servers/${id}`)).status).toBe(204);
    w.clock.advance(1000);
    expect((await nova(w, 'demo').get(`/servers/${id}`)).status).toBe(404);
    const volume = await w.demo.get(`/volumes/${V.scratch01}`);
    expect(volume.body.volume).toMatchObject({ status: 'available', attachments: [] });
  });
});

describe('Nova: volume attachments drive Cinder\'s attach flow', () => {
  it('attach: 200 with the device; the volume goes reserved → attaching → in-use and records the attachment as Cinder fills it', async () => {
    const w = await setup({ delays: { attach: 2000 } });
    const r = await attach(w, servers.web2, V.scratch01);
    expect(r.status).toBe(200);
    expect(r.body.volumeAttachment).toEqual({ id: V.scratch01, serverId: servers.web2, volumeId: V.scratch01, device: '/dev/vdb' });
    expect(r.headers.get('OpenStack-API-Version')).toBe('compute 2.60');
    const reserved = await w.demo.get(`/volumes/${V.scratch01}`);
    expect(reserved.body.volume).toMatchObject({ status: 'reserved', attachments: [] });
    w.clock.advance(1000);
    expect((await w.demo.get(`/volumes/${V.scratch01}`)).body.volume.status).toBe('attaching');
    w.clock.advance(1000);
    const done = (await w.demo.get(`/volumes/${V.scratch01}`)).body.volume;
    expect(done.status).toBe('in-use');
    expect(done.attachments).toEqual([
      expect.objectContaining({ server_id: servers.web2, device: '/dev/vdb', volume_id: V.scratch01, host_name: null, attached_at: expect.any(String) }),
    ]);
    expect(done.metadata).not.toHaveProperty('attached_mode');
    const admin = (await w.admin.get(`/volumes/${V.scratch01}`)).body.volume;
    expect(admin.attachments[0].host_name).toBe('compute-2');
    const listed = await nova(w, 'demo').get(`/servers/${servers.web2}/os-volume_attachments`);
    expect(listed.body.volumeAttachments.map((a: Body) => a.volumeId)).toContain(V.scratch01);
  });

  it('honours a requested device, refuses one in use (409) and a malformed one (400)', async () => {
    const w = await setup({ delays: 'instant' });
    expect((await attach(w, servers.web2, V.scratch01, { device: '/dev/vdq' })).body.volumeAttachment.device).toBe('/dev/vdq');
    const inUse = await attach(w, servers.web1, V.scratch02, { device: '/dev/vdc' });
    expect(inUse.status).toBe(409);
    expect(inUse.body.conflictingRequest.message).toBe('The supplied device path (/dev/vdc) is in use.');
    expect((await attach(w, servers.web2, V.scratch03, { device: 'sdb' })).status).toBe(400);
  });

  it('refuses a volume already attached without multiattach (400) and a server in the wrong state (409)', async () => {
    const w = await setup({ delays: 'instant' });
    const taken = await attach(w, servers.web2, V.dbPrimary);
    expect(taken.status).toBe(400);
    expect(taken.body.badRequest.message).toBe(`Invalid volume: volume ${V.dbPrimary} is already attached to instances: ${servers.db1}`);
    const building = await attach(w, servers.building, V.scratch01);
    expect(building.status).toBe(409);
    expect(building.body.conflictingRequest.message).toBe(`Cannot 'attach_volume' instance ${servers.building} while it is in vm_state building`);
    const broken = await attach(w, servers.broken, V.scratch01);
    expect(broken.status).toBe(409);
    const stopped = await attach(w, servers.stopped, V.scratch01);
    expect(stopped.status).toBe(200);
  });

  it('multiattach: a shared in-use volume takes another server (from 2.60), never the same server twice', async () => {
    const w = await setup({ delays: 'instant' });
    const again = await attach(w, servers.web2, V.sharedLogs);
    expect(again.body.badRequest.message).toBe(`Invalid volume: volume ${V.sharedLogs} already attached`);
    const old = await nova(w, 'demo', '2.59').post(`/servers/${servers.db1}/os-volume_attachments`, { volumeAttachment: { volumeId: V.sharedLogs } });
    expect(old.body.badRequest.message).toBe('Multiattach volumes are only supported starting with compute API version 2.60.');
    expect((await attach(w, servers.db1, V.sharedLogs)).status).toBe(200);
    const volume = (await w.demo.get(`/volumes/${V.sharedLogs}`)).body.volume;
    expect(volume.status).toBe('in-use');
    expect(volume.attachments.map((a: Body) => a.server_id).sort()).toEqual([servers.web1, servers.web2, servers.db1].sort());
  });

  it('Cinder\'s reservation rules come back through Nova: a busy or failed volume is refused with Cinder\'s text', async () => {
    const w = await setup({ delays: 'instant' });
    w.emu.scenarios.setVolumeStatus({ volumeId: V.scratch01, status: 'extending' });
    const busy = await attach(w, servers.web2, V.scratch01);
    expect(busy.status).toBe(400);
    expect(busy.body.badRequest.message).toMatch(
      new RegExp(`^Invalid input received: Invalid volume: Volume ${V.scratch01} status must be available or downloading to reserve, but the current status is extending\\. \\(HTTP 400\\) \\(Request-ID: req-`),
    );
    w.emu.scenarios.setVolumeStatus({ volumeId: V.scratch02, status: 'error' });
    expect((await attach(w, servers.web2, V.scratch02)).body.badRequest.message).toContain('Volume attachments can not be created if the volume is in an error state.');
  });

  it('policy: a member attaches only its project\'s servers and volumes (itemNotFound otherwise); an admin crosses projects', async () => {
    const w = await setup({ delays: 'instant' });
    const otherServer = await attach(w, servers.lab1, V.scratch01);
    expect(otherServer.status).toBe(404);
    expect(otherServer.body.itemNotFound.message).toBe(`Instance ${servers.lab1} could not be found.`);
    const otherVolume = await attach(w, servers.web2, V.researchData);
    expect(otherVolume.body.itemNotFound.message).toBe(`Volume ${V.researchData} could not be found.`);
    expect((await attach(w, servers.lab2, V.scratch04, {}, 'admin')).status).toBe(200);
  });

  it('detach: 202, in-use → detaching → available; a multiattach volume stays in-use with the other attachment', async () => {
    const w = await setup({ delays: { detach: 2000 } });
    const r = await nova(w, 'demo').del(`/servers/${servers.db1}/os-volume_attachments/${V.dbPrimary}`);
    expect(r.status).toBe(202);
    expect(r.text).toBe('');
    expect((await w.demo.get(`/volumes/${V.dbPrimary}`)).body.volume.status).toBe('detaching');
    w.clock.advance(2000);
    expect((await w.demo.get(`/volumes/${V.dbPrimary}`)).body.volume).toMatchObject({ status: 'available', attachments: [] });

    await nova(w, 'demo').del(`/servers/${servers.web2}/os-volume_attachments/${V.sharedLogs}`);
    w.clock.advance(2000);
    const shared = (await w.demo.get(`/volumes/${V.sharedLogs}`)).body.volume;
    expect(shared.status).toBe('in-use');
    expect(shared.attachments.map((a: Body) => a.server_id)).toEqual([servers.web1]);
  });

  it('detach faults: not attached (404), root volume (400), not in-use (400), server in the wrong state (409)', async () => {
    const w = await setup({ delays: 'instant' });
    const notAttached = await nova(w, 'demo').del(`/servers/${servers.web2}/os-volume_attachments/${V.dbPrimary}`);
    expect(notAttached.body.itemNotFound.message).toBe(`Instance ${servers.web2} is not attached to volume ${V.dbPrimary}`);
    const root = await nova(w, 'demo').del(`/servers/${servers.web1}/os-volume_attachments/${V.bootCirros}`);
    expect(root.body.badRequest.message).toBe('Cannot detach a root device volume');
    w.emu.scenarios.setVolumeStatus({ volumeId: V.appData, status: 'retyping' });
    const busy = await nova(w, 'demo').del(`/servers/${servers.app1}/os-volume_attachments/${V.appData}`);
    expect(busy.status).toBe(400);
    expect(busy.body.badRequest.message).toContain("Volume status must be 'in-use' and attach_status must be 'attached' to detach.");
    const vol = w.emu.scenarios.createVolume({ projectId: SEED.projects.demo, name: 'on-broken', attachedTo: [servers.broken] });
    const wrongState = await nova(w, 'demo').del(`/servers/${servers.broken}/os-volume_attachments/${vol.id}`);
    expect(wrongState.status).toBe(409);
    expect(wrongState.body.conflictingRequest.message).toBe(`Cannot 'detach_volume' instance ${servers.broken} while it is in vm_state error`);
  });
});

describe('Cinder os-force_detach (admin)', () => {
  const forceDetach = (w: World, who: 'demo' | 'admin', volumeId: string, attachmentId?: string) =>
    w[who].action(volumeId, { 'os-force_detach': attachmentId ? { attachment_id: attachmentId } : {} });

  it('is admin-only', async () => {
    const w = await setup();
    const r = await forceDetach(w, 'demo', V.dbPrimary);
    expect(r.status).toBe(403);
    expect(r.body.forbidden.message).toBe("Policy doesn't allow volume_extension:volume_admin_actions:force_detach to be performed.");
  });

  it('is refused (409) while Nova still uses the attachment (bug #2004555)', async () => {
    const w = await setup();
    const attachmentId = (await w.admin.get(`/volumes/${V.dbPrimary}`)).body.volume.attachments[0].attachment_id;
    const r = await forceDetach(w, 'admin', V.dbPrimary, attachmentId);
    expect(r.status).toBe(409);
    expect(r.body.conflictingRequest.message).toBe(`Detach volume from instance ${servers.db1} using the Compute API`);
  });

  it('drops an attachment whose server is gone, at once (202)', async () => {
    const w = await setup();
    const { id: serverId } = w.emu.scenarios.createServer({ projectId: SEED.projects.demo, name: 'doomed' });
    const { id: volumeId } = w.emu.scenarios.createVolume({ projectId: SEED.projects.demo, name: 'stale', attachedTo: [serverId] });
    w.emu.scenarios.removeServer({ serverId });
    const attachmentId = (await w.admin.get(`/volumes/${volumeId}`)).body.volume.attachments[0].attachment_id;
    const r = await forceDetach(w, 'admin', volumeId, attachmentId);
    expect(r.status).toBe(202);
    expect((await w.admin.get(`/volumes/${volumeId}`)).body.volume).toMatchObject({ status: 'available', attachments: [] });
  });
});
