import { formatExact, formatRelative, parseCinderTime } from './time';

/** "3 minutes ago" in the UI language. */
export function fromNow(iso: string | null | undefined, language: string): string {
  return iso ? formatRelative(parseCinderTime(iso), new Date(), language) : '';
}

/** Exact local time, for tooltips and the detail page. */
export function exactTime(iso: string | null | undefined): string {
  return iso ? formatExact(parseCinderTime(iso)) : '';
}
