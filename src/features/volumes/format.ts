import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);

/** "3 minutes ago" in the current dayjs locale (follows the UI language). */
export function fromNow(iso: string | null | undefined): string {
  return iso ? dayjs(toUtc(iso)).fromNow() : '';
}

/** Exact local time, for tooltips and the detail page. */
export function exactTime(iso: string | null | undefined): string {
  return iso ? dayjs(toUtc(iso)).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** Cinder writes timestamps without a zone ("2024-01-02T03:04:05.000000"): they are UTC. */
function toUtc(iso: string): string {
  return /([zZ]|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`;
}

export function volumeLabel(volume: { id: string; name: string | null }): string {
  return volume.name?.trim() ? volume.name : volume.id;
}
