import { cinder } from './http';
import type { AvailabilityZone } from './models';

/** `GET /os-availability-zone` — Cinder's zones (any token). */
export async function listAvailabilityZones(): Promise<AvailabilityZone[]> {
  const data = await cinder.get<{ availabilityZoneInfo?: AvailabilityZone[] }>('/os-availability-zone');
  return data.availabilityZoneInfo ?? [];
}
