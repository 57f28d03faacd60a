/**
 * Nova's volume attachments as the console calls them (POST/DELETE /servers/{id}/os-volume_attachments at
 * compute 2.60) and what Cinder then shows, plus the faults the console explains. Needs Nova in the
 * catalog of both targets; a server is booted without networks for the run and deleted afterwards.
 */
import { CONSOLE_COMPUTE_MICROVERSION, send, type CinderSession, type WireResponse } from '../client';
import { sleep, type ScenarioContext } from '../context';
import { listLength, obj, setupVolume } from './helpers';
import type { Scenario } from './types';

const SERVER_TIMEOUT_MS = 180_000;

function nova(ctx: ScenarioContext, session: CinderSession, method: string, path: string, body?: unknown): Promise<WireResponse> {
  if (!session.computeUrl) throw new Error(`${ctx.target.name}: the catalog has no compute service`);
  return send(ctx.target, method, `${session.computeUrl}${path}`, { token: session.token, body, headers: { 'OpenStack-API-Version': `compute ${CONSOLE_COMPUTE_MICROVERSION}` } });
}

/** Boots a server without networks from the first flavor and image, waits for ACTIVE, and registers its deletion (waiting until gone). */
async function setupServer(ctx: ScenarioContext, session: CinderSession): Promise<string> {
  const flavors = obj((await nova(ctx, session, 'GET', '/flavors')).body).flavors as { id: string; name: string }[];
  const flavor = [...flavors].sort((a, b) => a.name.localeCompare(b.name))[0];
  const images = session.glanceUrl ? obj((await send(ctx.target, 'GET', `${session.glanceUrl}/v2/images?status=active&limit=20`, { token: session.token })).body).images as { id: string; name: string; size: number | null }[] : [];
  const image = images.find((i) => /cirros/i.test(i.name)) ?? images[0];
  if (!flavor || !image) throw new Error(`${ctx.target.name}: no flavor or image to boot a server from`);
  const created = await nova(ctx, session, 'POST', '/servers', { server: { name: ctx.name('vm'), flavorRef: flavor.id, imageRef: image.id, networks: 'none' } });
  if (created.status !== 202) throw new Error(`${ctx.target.name}: server create gave ${created.status}: ${JSON.stringify(created.body)?.slice(0, 300)}`);
  const id = String(obj(obj(created.body).server).id);
  ctx.onCleanup(`server ${id}`, async () => {
    await nova(ctx, ctx.admin, 'DELETE', `/servers/${id}`);
    const deadline = Date.now() + SERVER_TIMEOUT_MS;
    while ((await nova(ctx, ctx.admin, 'GET', `/servers/${id}`)).status !== 404) {
      if (Date.now() > deadline) throw new Error(`server ${id} still there`);
      await sleep(500);
    }
  });
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  for (;;) {
    const status = String(obj(obj((await nova(ctx, session, 'GET', `/servers/${id}`)).body).server).status);
    if (status === 'ACTIVE') return id;
    if (status === 'ERROR' || Date.now() > deadline) throw new Error(`${ctx.target.name}: server ${id} ended ${status}`);
    await sleep(500);
  }
}

const fault = (b: Record<string, unknown>) => Object.keys(b)[0];

export const attachScenarios: Scenario[] = [
  {
    name: 'attach and detach through Nova, with its faults',
    async run(ctx) {
      const m = ctx.member;
      ctx.push({ step: 'compute in the catalog', values: { compute: !!m.computeUrl, version: CONSOLE_COMPUTE_MICROVERSION } });
      const serverId = ctx.label(await setupServer(ctx, m), 'SERVER');
      const volumeId = ctx.label(await setupVolume(ctx, m, { size: 1, name: ctx.name('att') }), 'VOLUME');
      const other = ctx.label(await setupVolume(ctx, m, { size: 1, name: ctx.name('att2') }), 'OTHER');

      const listed = await nova(ctx, m, 'GET', `/servers/detail?name=${encodeURIComponent(ctx.name('vm'))}&limit=1`);
      ctx.record('server list by name (limit 1)', listed, { values: { items: listLength(obj(listed.body), 'servers'), status: obj((obj(listed.body).servers as unknown[])?.[0]).status, next: Array.isArray(obj(listed.body).servers_links) } });

      const attached = await nova(ctx, m, 'POST', `/servers/${serverId}/os-volume_attachments`, { volumeAttachment: { volumeId } });
      const attachment = obj(obj(attached.body).volumeAttachment);
      ctx.record('attach', attached, { values: { keys: Object.keys(attachment).sort(), serverId: ctx.l(attachment.serverId), volumeId: ctx.l(attachment.volumeId), device: typeof attachment.device === 'string' } });
      await ctx.watch('attach: volume status sequence', m, `/volumes/${volumeId}`, { resource: 'volume' });
      await ctx.call('volume after attach (member)', m, 'GET', `/volumes/${volumeId}`, {}, (b) => {
        const v = obj(b.volume);
        const a = obj((v.attachments as unknown[])[0]);
        return { status: v.status, attachments: (v.attachments as unknown[]).length, server: ctx.l(a.server_id), host_name: a.host_name, device: typeof a.device === 'string', attached_mode: obj(v.metadata).attached_mode };
      });
      await ctx.call('volume after attach (admin)', ctx.admin, 'GET', `/volumes/${volumeId}`, {}, (b) => ({ hasHost: typeof obj((obj(b.volume).attachments as unknown[])[0]).host_name === 'string' }));
      const list = await nova(ctx, m, 'GET', `/servers/${serverId}/os-volume_attachments`);
      ctx.record("the server's volume attachments", list, { values: { volumes: ((obj(list.body).volumeAttachments as { volumeId: string }[]) ?? []).map((a) => ctx.l(a.volumeId)) } });

      const again = await nova(ctx, m, 'POST', `/servers/${serverId}/os-volume_attachments`, { volumeAttachment: { volumeId } });
      ctx.record('attach the same volume again', again, { values: { fault: fault(obj(again.body)) } });
      const missingServer = await nova(ctx, m, 'POST', '/servers/00000000-0000-4000-8000-000000000000/os-volume_attachments', { volumeAttachment: { volumeId: other } });
      ctx.record('attach to a server that does not exist', missingServer, { values: { fault: fault(obj(missingServer.body)) } });
      const badDevice = await nova(ctx, m, 'POST', `/servers/${serverId}/os-volume_attachments`, { volumeAttachment: { volumeId: other, device: 'sdb' } });
      ctx.record('attach with a malformed device name', badDevice, { values: { fault: fault(obj(badDevice.body)) } });
      const notAttached = await nova(ctx, m, 'DELETE', `/servers/${serverId}/os-volume_attachments/${other}`);
      ctx.record('detach a volume the server does not have', notAttached, { values: { fault: fault(obj(notAttached.body)) } });
      const memberForce = await ctx.call('force detach as a member', m, 'POST', `/volumes/${volumeId}/action`, { body: { 'os-force_detach': {} } });
      void memberForce;

      const detached = await nova(ctx, m, 'DELETE', `/servers/${serverId}/os-volume_attachments/${volumeId}`);
      ctx.record('detach', detached);
      await ctx.watch('detach: volume status sequence', m, `/volumes/${volumeId}`, { resource: 'volume' });
      await ctx.call('volume after detach', m, 'GET', `/volumes/${volumeId}`, {}, (b) => ({ status: obj(b.volume).status, attachments: (obj(b.volume).attachments as unknown[]).length }));
    },
  },
];
