/** The three services format timestamps differently; each helper matches one of them. */

function iso(ms: number): string {
  return new Date(ms).toISOString(); // 2024-05-01T08:00:00.123Z
}

/** Cinder: naive UTC with microseconds, no zone ("2024-05-01T08:00:00.123000"). */
export function cinderTime(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  return `${iso(ms).slice(0, 23)}000`;
}

/** Keystone: microseconds and a Z ("2024-05-01T08:00:00.123000Z"). */
export function keystoneTime(ms: number): string {
  return `${iso(ms).slice(0, 23)}000Z`;
}

/** Glance: seconds and a Z ("2024-05-01T08:00:00Z"). */
export function glanceTime(ms: number): string {
  return `${iso(ms).slice(0, 19)}Z`;
}

/** Parse an ISO-8601 time as Cinder's timeutils.parse_isotime would (naive = UTC). */
export function parseIsoTime(value: string): number | null {
  const v = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : ms;
}
