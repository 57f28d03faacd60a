/**
 * os-quota-class-sets (cinder/api/contrib/quota_classes.py). The class "default" is what projects without
 * their own limits get (`state.defaultQuotas`, cinder.conf's defaults overridden by the class's rows);
 * other classes are stored but, as in Cinder, nothing uses them.
 */
import { badRequest, fieldError } from './faults';
import { requireAdmin } from './policy';
import { allResources } from './quotas';
import { additionalMsg, bodyObject, checkObject, typeMsg } from './validate';
import type { CinderContext } from './context';
import type { QuotaLimits } from '../state';
import type { BodyResult } from '../util/http';
import { pyRepr } from '../util/pyrepr';

export interface QuotaClass {
  /** The class name. */
  id: string;
  limits: QuotaLimits;
}

declare module '../state' {
  interface Stores {
    quotaClasses: Map<string, QuotaClass>;
  }
}

const MAX_INT = 2147483647;
const KEY_PATTERN = /^[a-zA-Z0-9-_:. ]{1,255}$/;

function classLimits(ctx: CinderContext, name: string): QuotaLimits {
  const state = ctx.world.state;
  const own = name === 'default' ? {} : (state.quotaClasses.get(name)?.limits ?? {});
  const out: QuotaLimits = {};
  for (const r of allResources(state)) out[r] = own[r] ?? state.defaultQuotas[r] ?? -1;
  return out;
}

export function showQuotaClass(ctx: CinderContext, name: string): unknown {
  requireAdmin(ctx, 'volume_extension:quota_classes');
  return { quota_class_set: { ...classLimits(ctx, name), id: name } };
}

/** parameter_types.quota_class_set: integers ≥ -1, or digit strings; then the known-key check. */
function checkClassSet(value: unknown): Record<string, number> {
  const set = checkObject('quota_class_set', value, {});
  const out: Record<string, number> = {};
  for (const [key, raw] of Object.entries(set)) {
    if (!KEY_PATTERN.test(key)) throw fieldError('quota_class_set', set, additionalMsg([key]));
    if (typeof raw === 'string') {
      if (raw.length < 1) throw fieldError(key, raw, `${pyRepr(raw)} is too short`);
      if (!/^[0-9]*$/.test(raw)) throw fieldError(key, raw, `${pyRepr(raw)} does not match '^[0-9]*$'`);
    } else if (typeof raw !== 'number' || !Number.isInteger(raw)) {
      throw fieldError(key, raw, typeMsg(raw, ['integer', 'string']));
    }
    const n = Number(raw);
    if (n < -1) throw fieldError(key, raw, `${n} is less than the minimum of -1`);
    if (n > MAX_INT) throw fieldError(key, raw, `${n} is greater than the maximum of ${MAX_INT}`);
    out[key] = n;
  }
  return out;
}

export function updateQuotaClass(ctx: CinderContext, name: string, body: BodyResult): unknown {
  const top = checkObject(null, bodyObject(body), { required: ['quota_class_set'], allowed: ['quota_class_set', 'type'] });
  const updates = checkClassSet(top.quota_class_set);
  const state = ctx.world.state;
  const known = new Set(allResources(state));
  const bad = Object.keys(updates).filter((k) => !known.has(k));
  if (bad.length) throw badRequest(`Invalid input received: Bad key(s) in quota class set: ${bad.join(', ')}`);
  requireAdmin(ctx, 'volume_extension:quota_classes:update');
  if (name.length > 255) throw badRequest(`Invalid input received: quota_class_name has ${name.length} characters, more than 255.`);
  if (name === 'default') Object.assign(state.defaultQuotas, updates);
  else {
    const cls = state.quotaClasses.get(name) ?? { id: name, limits: {} };
    Object.assign(cls.limits, updates);
    state.quotaClasses.set(name, cls);
  }
  ctx.world.changed();
  // The update answer carries no id (the controller returns the class quotas unformatted).
  return { quota_class_set: classLimits(ctx, name) };
}
