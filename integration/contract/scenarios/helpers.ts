/** Setup and cleanup helpers shared by the scenarios (unrecorded calls; cleanups run in finally). */
import type { CinderSession } from '../client';
import type { ScenarioContext } from '../context';

export type Body = Record<string, unknown>;

export const obj = (value: unknown): Body => (value && typeof value === 'object' ? (value as Body) : {});

/** Creates a volume, waits until it is available and registers its removal. */
export async function setupVolume(ctx: ScenarioContext, session: CinderSession, volume: Body): Promise<string> {
  const response = await ctx.raw(session, 'POST', '/volumes', { body: { volume } }, [202]);
  const id = String(obj(obj(response.body).volume).id);
  ctx.onCleanup(`volume ${id}`, () => removeVolume(ctx, id));
  const settled = await ctx.settle(session, `/volumes/${id}`, 'volume');
  if (settled?.status !== 'available') throw new Error(`${ctx.target.name}: volume ${id} ended ${String(settled?.status)}`);
  return id;
}

/** Registers the removal of a volume created by a recorded step. */
export function volumeCreated(ctx: ScenarioContext, body: Body): string {
  const id = String(obj(body.volume).id);
  if (id && id !== 'undefined') ctx.onCleanup(`volume ${id}`, () => removeVolume(ctx, id));
  return id;
}

export function snapshotCreated(ctx: ScenarioContext, body: Body): string {
  const id = String(obj(body.snapshot).id);
  if (id && id !== 'undefined') ctx.onCleanup(`snapshot ${id}`, () => removeSnapshot(ctx, id));
  return id;
}

const deletable = new Set(['available', 'error', 'error_restoring', 'error_extending']);

/** Removes a volume whatever its state (as admin): its snapshots first, reset when stuck, wait until gone. */
export async function removeVolume(ctx: ScenarioContext, id: string): Promise<void> {
  const admin = ctx.admin;
  let volume = await ctx.settle(admin, `/volumes/${id}`, 'volume');
  if (!volume) return;
  const snapshots = await ctx.raw(admin, 'GET', '/snapshots', { query: { all_tenants: 1, volume_id: id } }, [200]);
  for (const s of (obj(snapshots.body).snapshots as Body[] | undefined) ?? []) await removeSnapshot(ctx, String(s.id));
  for (let attempt = 0; attempt < 3 && volume; attempt++) {
    if (!deletable.has(String(volume.status)) || volume.migration_status === 'migrating') {
      await ctx.raw(admin, 'POST', `/volumes/${id}/action`, { body: { 'os-reset_status': { status: 'available', attach_status: 'detached', migration_status: 'none' } } }, [202]);
    }
    await ctx.raw(admin, 'DELETE', `/volumes/${id}`, {}, [202, 404]);
    volume = await ctx.settle(admin, `/volumes/${id}`, 'volume');
  }
  if (volume) throw new Error(`volume ${id} still there (${String(volume.status)})`);
}

export async function removeSnapshot(ctx: ScenarioContext, id: string): Promise<void> {
  const admin = ctx.admin;
  let snapshot = await ctx.settle(admin, `/snapshots/${id}`, 'snapshot');
  for (let attempt = 0; attempt < 3 && snapshot; attempt++) {
    if (!['available', 'error'].includes(String(snapshot.status))) {
      await ctx.raw(admin, 'POST', `/snapshots/${id}/action`, { body: { 'os-reset_status': { status: 'available' } } }, [202]);
    }
    await ctx.raw(admin, 'DELETE', `/snapshots/${id}`, {}, [202, 404]);
    snapshot = await ctx.settle(admin, `/snapshots/${id}`, 'snapshot');
  }
  if (snapshot) throw new Error(`snapshot ${id} still there (${String(snapshot.status)})`);
}

/** Creates a volume type as admin and registers its deletion (after the volumes using it). */
export async function setupType(ctx: ScenarioContext, name: string, extraSpecs: Record<string, string>, isPublic = true): Promise<string> {
  const response = await ctx.raw(ctx.admin, 'POST', '/types', {
    body: { volume_type: { name, extra_specs: extraSpecs, 'os-volume-type-access:is_public': isPublic } },
  }, [200]);
  const id = String(obj(obj(response.body).volume_type).id);
  ctx.onCleanup(`type ${name}`, () => removeType(ctx, id));
  return id;
}

export function typeCreated(ctx: ScenarioContext, body: Body): string {
  const id = String(obj(body.volume_type).id);
  if (id && id !== 'undefined') ctx.onCleanup(`type ${id}`, () => removeType(ctx, id));
  return id;
}

export async function removeType(ctx: ScenarioContext, id: string): Promise<void> {
  const response = await ctx.raw(ctx.admin, 'GET', `/types/${id}`, {}, [200, 404]);
  if (response.status === 404) return;
  const qos = obj(obj(response.body).volume_type).qos_specs_id;
  if (typeof qos === 'string') await ctx.raw(ctx.admin, 'GET', `/qos-specs/${qos}/disassociate`, { query: { vol_type_id: id } }, [202, 404]);
  await ctx.raw(ctx.admin, 'DELETE', `/types/${id}`, {}, [202, 404]);
}

export function qosCreated(ctx: ScenarioContext, body: Body): string {
  const id = String(obj(body.qos_specs).id);
  if (id && id !== 'undefined') ctx.onCleanup(`qos ${id}`, () => removeQos(ctx, id));
  return id;
}

export async function removeQos(ctx: ScenarioContext, id: string): Promise<void> {
  const response = await ctx.raw(ctx.admin, 'GET', `/qos-specs/${id}`, {}, [200, 404]);
  if (response.status === 404) return;
  await ctx.raw(ctx.admin, 'GET', `/qos-specs/${id}/disassociate_all`, {}, [202, 404]);
  await ctx.raw(ctx.admin, 'DELETE', `/qos-specs/${id}`, { query: { force: 'true' } }, [202, 404]);
}

/** The query string of a `…_links` next href (behind a proxy only its query is usable). */
export function nextMarker(body: Body, key: string): string | undefined {
  const links = body[key] as { rel: string; href: string }[] | undefined;
  const next = links?.find((l) => l.rel === 'next');
  return next ? (new URL(next.href).searchParams.get('marker') ?? undefined) : undefined;
}

export const listLength = (body: Body, key: string) => (Array.isArray(body[key]) ? (body[key] as unknown[]).length : -1);
