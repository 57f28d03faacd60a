/**
 * How a list's name box can search, by what Cinder allows (api/common.py reject_invalid_filters):
 * - `name~` (substring, case-insensitive on MySQL's collation) needs 3.34;
 * - admins may use any filter, so `name~` always works for them;
 * - others only when the operator configured `name~` in resource_filters.json (not in the shipped file:
 *   a member's `name~` is a 400 "Invalid filters name~ are found in query options.").
 * `configured` is undefined while GET /resource_filters has not answered (null: it failed or is older).
 */
import { supportsVersion } from '../api/microversion';

export type NameMatch = 'contains' | 'exact';

export const LIKE_FILTER_VERSION = '3.34';

export function nameMatchFor(options: { isAdmin: boolean; version: string; configured: readonly string[] | null | undefined }): NameMatch | undefined {
  if (!supportsVersion(options.version, LIKE_FILTER_VERSION)) return 'exact';
  if (options.isAdmin) return 'contains';
  if (options.configured === undefined) return undefined;
  return options.configured?.includes('name~') ? 'contains' : 'exact';
}

/** The query key a name search uses. */
export function nameFilterKey(match: NameMatch): 'name' | 'name~' {
  return match === 'contains' ? 'name~' : 'name';
}
