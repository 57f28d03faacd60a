/** Cinder services (`os-services`, admin): what runs where, up or down, enabled or disabled. */
import type { RequestDescriptor } from '../descriptor';
import { cinder, send } from '../http';

export interface CinderService {
  binary: string;
  host: string;
  zone: string;
  status: 'enabled' | 'disabled';
  state: 'up' | 'down';
  updated_at: string | null;
  disabled_reason?: string | null;
  cluster?: string | null;
  backend_state?: string | null;
  frozen?: boolean;
  replication_status?: string;
}

export async function listServices(signal?: AbortSignal): Promise<CinderService[]> {
  return (await cinder.get<{ services: CinderService[] }>('/os-services', { signal })).services;
}

/** Cinder's limit on a disabled reason. */
export const DISABLED_REASON_MAX = 255;

/** PUT /os-services/<action>: the path names the action, the body the service (no id in the path). */
const update = (op: 'service.enable' | 'service.disable', action: string, body: Record<string, string>): RequestDescriptor => ({
  op,
  service: 'blockStorage',
  method: 'PUT',
  path: `/os-services/${action}`,
  body,
  params: {},
});

export const serviceCalls = {
  enable: (host: string, binary: string) => update('service.enable', 'enable', { host, binary }),
  /** disable-log-reason records why; without a reason plain `disable` is what the CLI sends. */
  disable: (host: string, binary: string, reason: string) =>
    reason.trim() ? update('service.disable', 'disable-log-reason', { host, binary, disabled_reason: reason }) : update('service.disable', 'disable', { host, binary }),
};

export async function enableService(host: string, binary: string): Promise<void> {
  await send(serviceCalls.enable(host, binary));
}

export async function disableService(host: string, binary: string, reason: string): Promise<void> {
  await send(serviceCalls.disable(host, binary, reason));
}
