/**
 * Named scenarios for tests and benchmarks (also reachable as POST /_emulator/scenario). They bend
 * the emulated cloud into states that are hard to reach through the API: stuck or failing flows,
 * full quotas, flaky or slow services, expired sessions.
 */
import { cancelTransitions } from './flows';
import { projectUsage } from './cinder/quotas';
import { backendOfHost, schedule as pickBackend } from './cinder/backends';
import { backendObjectId } from './cinder/manageable';
import { backendHost, CONTROL_HOST, newService, serviceId } from './cinder/os-services';
import { FAIL_ACTIONS } from './cinder/registry';
import type { Scenarios } from './scenario-api';
import type { Attachment, Volume } from './state';
import { randomUuid } from './util/ids';
import { STATUS_OF, type Server } from './nova/servers';
import type { World } from './world';

export type { CreateVolumeArgs, Scenarios } from './scenario-api';

export class ScenarioError extends Error {}

function need<T>(value: T | undefined | null, message: string): T {
  if (value === undefined || value === null) throw new ScenarioError(message);
  return value;
}

/** The scenarios of one world; their names are the keys of `Scenarios` (scenario-api.ts). */
export function createScenarios(world: World): Scenarios {
  const volume = (id: unknown): Volume => need(typeof id === 'string' ? world.state.volumes.get(id) : undefined, `volume ${String(id)} not found`);
  return {
    volumeStuckIn({ volumeId, status }) {
      const v = volume(volumeId);
      if (typeof status !== 'string' || !status) throw new ScenarioError('status is required');
      cancelTransitions(world, 'volumes', v.id);
      v.status = status;
      v.stuck = true;
      v.updatedAt = world.now();
      world.changed();
    },
    failNext({ action, count, resourceId }) {
      if (!FAIL_ACTIONS.includes(action)) throw new ScenarioError(`action must be one of ${FAIL_ACTIONS.join(', ')}`);
      const n = count === undefined ? 1 : Math.floor(count);
      if (!(n >= 1)) throw new ScenarioError('count must be >= 1');
      if (resourceId !== undefined) {
        if (typeof resourceId !== 'string' || !resourceId) throw new ScenarioError('resourceId must be a volume or snapshot id');
        const targeted = (world.state.failNextFor ??= {});
        targeted[`${action}:${resourceId}`] = (targeted[`${action}:${resourceId}`] ?? 0) + n;
        world.changed();
        return;
      }
      world.state.failNext[action] = (world.state.failNext[action] ?? 0) + n;
      world.changed();
    },
    quotaNearlyFull({ projectId }) {
      if (typeof projectId !== 'string' || !projectId) throw new ScenarioError('projectId is required');
      const usage = projectUsage(world.state, projectId);
      const used = (k: string) => (usage[k]?.in_use ?? 0) + (usage[k]?.reserved ?? 0);
      const limits = { volumes: used('volumes') + 1, snapshots: used('snapshots') + 1, gigabytes: used('gigabytes') + 10 };
      world.state.quotas[projectId] = { ...(world.state.quotas[projectId] ?? {}), ...limits };
      world.changed();
      return limits;
    },
    serverError({ status, count, pathPrefix }) {
      if (status !== 500 && status !== 503) throw new ScenarioError('status must be 500 or 503');
      world.runtime.serverErrors.push({ status, remaining: count === undefined ? 1 : Math.max(1, Math.floor(count)), pathPrefix: pathPrefix ?? '/' });
    },
    slowResponses({ ms, count, pathPrefix }) {
      if (typeof ms !== 'number' || !(ms >= 0)) throw new ScenarioError('ms must be a number >= 0');
      world.runtime.slow.push({ ms, remaining: count === undefined ? -1 : Math.max(1, Math.floor(count)), pathPrefix: pathPrefix ?? '/' });
    },
    expireTokens() {
      const now = world.now();
      for (const t of Object.values(world.state.tokens)) t.expiresAt = Math.min(t.expiresAt, now);
      world.changed();
    },
    setVolumeStatus({ volumeId, status }) {
      const v = volume(volumeId);
      if (typeof status !== 'string' || !status) throw new ScenarioError('status is required');
      cancelTransitions(world, 'volumes', v.id);
      v.status = status;
      v.stuck = false;
      v.updatedAt = world.now();
      world.changed();
    },
    createVolume(args) {
      const state = world.state;
      const project = need(state.projects.find((p) => p.id === args.projectId), `project ${String(args.projectId)} not found`);
      const type = args.volumeType
        ? need(state.volumeTypes[args.volumeType] ?? Object.values(state.volumeTypes).find((t) => t.name === args.volumeType), `volume type ${args.volumeType} not found`)
        : state.volumeTypes[state.defaultVolumeTypeId]!;
      const size = args.size ?? 1;
      const user = args.userId ?? state.users.find((u) => u.assignments.some((a) => a.projectId === project.id))?.id ?? state.users[0]!.id;
      const now = world.now();
      const attachments: Attachment[] = (args.attachedTo ?? []).map((serverId, i) => ({
        id: randomUuid(),
        serverId,
        hostName: `compute-${(i % 2) + 1}`,
        device: `/dev/vd${String.fromCharCode(98 + i)}`,
        attachedAt: now,
      }));
      const status = args.status ?? (attachments.length ? 'in-use' : 'available');
      const backend = pickBackend(state, type, size) ?? state.backends[0];
      const v: Volume = {
        id: randomUuid(),
        projectId: project.id,
        userId: user,
        name: args.name ?? null,
        description: args.description ?? null,
        status,
        previousStatus: null,
        size,
        availabilityZone: 'nova',
        createdAt: now,
        updatedAt: now,
        volumeTypeId: type.id,
        snapshotId: null,
        sourceVolid: null,
        metadata: { ...(args.metadata ?? {}) },
        bootable: args.bootable ?? false,
        multiattach: type.extraSpecs.multiattach === '<is> True',
        readonly: false,
        attachStatus: attachments.length ? 'attached' : 'detached',
        attachments,
        host: status === 'error' || status === 'creating' ? null : backendOfHost(state, backend?.host ?? null)?.host ?? null,
        migrationStatus: null,
        nameId: null,
        imageMetadata: null,
        replicationStatus: 'disabled',
        reservedGb: 0,
        stuck: false,
      };
      state.volumes.set(v.id, v);
      world.changed();
      return { id: v.id };
    },
    serviceDown({ binary, host, secondsAgo }) {
      const svc = need(world.state.services.get(serviceId(binary, host)), `service ${String(binary)} on ${String(host)} not found`);
      svc.stoppedAt = world.now() - Math.max(0, secondsAgo ?? 0) * 1000;
      world.changed();
    },
    serviceUp({ binary, host }) {
      const svc = need(world.state.services.get(serviceId(binary, host)), `service ${String(binary)} on ${String(host)} not found`);
      svc.stoppedAt = null;
      world.changed();
    },
    addBackendObject({ host, name, sizeGb, kind, sourceName, inUse }) {
      if (typeof name !== 'string' || !name) throw new ScenarioError('name is required');
      if (!(sizeGb >= 1)) throw new ScenarioError('sizeGb must be >= 1');
      const backend = need(backendOfHost(world.state, host), `no backend on host ${String(host)}`);
      const id = backendObjectId(backend.host, name);
      world.state.backendObjects.set(id, { id, host: backendHost(backend.host), name, kind: kind ?? 'volume', sizeGb, ...(sourceName ? { sourceName } : {}), ...(inUse ? { inUse } : {}) });
      world.changed();
    },
    createServer({ projectId, name, vmState, locked }) {
      const state = world.state;
      const project = need(state.projects.find((p) => p.id === projectId), `project ${String(projectId)} not found`);
      if (typeof name !== 'string' || !name) throw new ScenarioError('name is required');
      const initial = vmState ?? 'active';
      if (!(initial in STATUS_OF)) throw new ScenarioError(`vmState must be one of ${Object.keys(STATUS_OF).join(', ')}`);
      const now = world.now();
      const user = state.users.find((u) => u.assignments.some((a) => a.projectId === project.id))?.id ?? state.users[0]!.id;
      const server: Server = { id: randomUuid(), projectId: project.id, userId: user, name, vmState: initial, host: 'compute-1', imageId: null, flavorId: '1', rootVolumeId: null, locked: !!locked, createdAt: now, updatedAt: now };
      state.servers.set(server.id, server);
      world.changed();
      return { id: server.id };
    },
    removeServer({ serverId }) {
      need(typeof serverId === 'string' ? world.state.servers.get(serverId) : undefined, `server ${String(serverId)} not found`);
      world.state.servers.delete(serverId);
      world.changed();
    },
    backupService({ state }) {
      if (state !== 'up' && state !== 'absent') throw new ScenarioError("state must be 'up' or 'absent'");
      // 'absent': a cloud without cinder-backup (not even a stale row in os-services).
      const id = serviceId('cinder-backup', CONTROL_HOST);
      if (state === 'absent') world.state.services.delete(id);
      else if (!world.state.services.has(id)) world.state.services.set(id, newService('cinder-backup', CONTROL_HOST, world.now()));
      world.changed();
    },
  };
}
