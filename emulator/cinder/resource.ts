/**
 * What a Cinder resource module declares, and the generic routing over those declarations. A module
 * (`resources/<name>.ts`) names its URL collection, its routes, optionally its store of records (persisted
 * and reset with the rest of the state) and the `failNext` actions its flows honour; `registry.ts` lists
 * the modules. The router, persistence, flows and scenarios read the registry, never a resource by name.
 */
import { atLeast } from './microversion';
import { resourceNotFound } from './faults';
import type { CinderContext } from './context';
import type { BodyResult } from '../util/http';
import type { State, Stores } from '../state';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A handler's answer: JSON `body`, or none (Cinder then sends an empty text/html body). */
export interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteCall {
  ctx: CinderContext;
  /** Values of the `:name` segments of the route's path. */
  params: Record<string, string>;
  /** The parsed body of a POST / PUT (null for other methods). */
  body: BodyResult | null;
}

export interface Route {
  method: Method | readonly Method[];
  /** Below the collection: '' is the collection itself, then segments such as 'detail', ':id', ':id/metadata/:key'. */
  path: string;
  /** The route exists from this microversion on; below it matching goes on with the next route. */
  minVersion?: string;
  handle(call: RouteCall): Result;
}

/** A store of id-keyed records in the state; its Map lives at `state[name]` (declared in `Stores`). */
export interface StoreSpec {
  name: keyof Stores;
  /** Records of a fresh world (after the base seed); absent: the store starts empty unless the seed filled it. */
  seed?(state: State): { id: string }[];
}

export interface CinderResource {
  /** First URL segment after the (optional) project id, e.g. 'volumes'. */
  collection: string;
  /** The whole collection appeared in this microversion; older requests get Cinder's 404. */
  minVersion?: string;
  routes: readonly Route[];
  store?: StoreSpec;
  /** Operations whose flows can be made to fail with the failNext scenario. */
  failActions?: readonly string[];
}

/** Keeps the literal types of a declaration (fail actions become a union) while checking its shape. */
export function defineResource<const R extends CinderResource>(resource: R): R {
  return resource;
}

export const json = (body: unknown, status = 200): Result => ({ status, body });
export const accepted = (): Result => ({ status: 202 });

export class NoRoute extends Error {}

/** The first route of `resource` matching method and segments (below the collection), run. */
export function dispatch(resource: CinderResource, ctx: CinderContext, segments: string[], body: BodyResult | null): Result {
  if (resource.minVersion && !atLeast(ctx.version, resource.minVersion)) throw resourceNotFound();
  for (const route of resource.routes) {
    const methods: readonly Method[] = typeof route.method === 'string' ? [route.method] : route.method;
    if (!methods.includes(ctx.method as Method)) continue;
    if (route.minVersion && !atLeast(ctx.version, route.minVersion)) continue;
    const params = matchPath(route.path, segments);
    if (params) return route.handle({ ctx, params, body });
  }
  throw new NoRoute();
}

function matchPath(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern ? pattern.split('/') : [];
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = segments[i]!;
    else if (part !== segments[i]) return null;
  }
  return params;
}
