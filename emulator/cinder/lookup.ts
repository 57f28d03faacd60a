/** Finding objects the way Cinder's object layer does: project-scoped for non-admins (else 404). */
import { snapshotNotFound, volumeNotFound, volumeTypeNotFound } from './faults';
import type { CinderContext } from './context';
import type { Snapshot, Volume, VolumeType } from '../state';

export function getVolume(ctx: CinderContext, id: string): Volume {
  const v = ctx.world.state.volumes.get(id);
  if (!v || (!ctx.isAdmin && v.projectId !== ctx.projectId)) throw volumeNotFound(id);
  return v;
}

export function getSnapshot(ctx: CinderContext, id: string): Snapshot {
  const s = ctx.world.state.snapshots.get(id);
  if (!s || (!ctx.isAdmin && s.projectId !== ctx.projectId)) throw snapshotNotFound(id);
  return s;
}

/** Types a caller can see: admins all; others public ones and private ones shared with their project. */
export function typeVisible(ctx: CinderContext, t: VolumeType, elevated = false): boolean {
  return elevated || ctx.isAdmin || t.isPublic || t.projects.includes(ctx.projectId);
}

export function findType(ctx: CinderContext, nameOrId: string, elevated = false): VolumeType | undefined {
  const types = Object.values(ctx.world.state.volumeTypes);
  const byId = ctx.world.state.volumeTypes[nameOrId];
  const t = byId ?? types.find((x) => x.name === nameOrId);
  return t && typeVisible(ctx, t, elevated) ? t : undefined;
}

export function getType(ctx: CinderContext, nameOrId: string, elevated = false): VolumeType {
  const t = findType(ctx, nameOrId, elevated);
  if (!t) throw volumeTypeNotFound(nameOrId);
  return t;
}

export function snapshotsOf(ctx: CinderContext, volumeId: string): Snapshot[] {
  return [...ctx.world.state.snapshots.values()].filter((s) => s.volumeId === volumeId);
}
