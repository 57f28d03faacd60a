/**
 * Relative and exact times with the browser's Intl: the list pages show these on every row, and Intl
 * costs nothing to download (dayjs and its relativeTime plugin are kept for pages that format dates).
 */
import { relativeTimeFormat } from './intl';

/** Cinder writes timestamps without a zone ("2024-01-02T03:04:05.000000"): they are UTC. */
export function parseCinderTime(iso: string): Date {
  return new Date(/([zZ]|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "3 minutes ago" / "3分钟前" in `language`. A time slightly ahead (clock skew) reads "1 second ago", never "in 2 seconds". */
export function formatRelative(date: Date, now: Date, language: string): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const format = relativeTimeFormat(language);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(Math.min(seconds, -1)), 'second');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Local time as YYYY-MM-DD HH:mm:ss (the same in every language, sortable, unambiguous). */
export function formatExact(date: Date, { seconds = true }: { seconds?: boolean } = {}): string {
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}${seconds ? `:${pad(date.getSeconds())}` : ''}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${time}`;
}
