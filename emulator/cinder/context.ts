/** Per-request Cinder context: who is calling, at which microversion, under which URL base. */
import type { ApiVersion } from './microversion';
import type { ValidToken } from '../keystone/tokens';
import type { World } from '../world';

export interface CinderContext {
  world: World;
  request: Request;
  url: URL;
  method: string;
  requestId: string;
  version: ApiVersion;
  auth: ValidToken;
  projectId: string;
  userId: string;
  isAdmin: boolean;
  /** `{origin}/volume/v3` plus `/{project_id}` when the request URL carried one (links follow the request). */
  base: string;
  /** `{origin}/volume` plus `/{project_id}` when present: bookmark links drop the version. */
  bookmarkBase: string;
  now: number;
}
