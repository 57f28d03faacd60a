/**
 * Zed/2023.1 default policy as enforced (legacy rules, enforce_new_defaults=False):
 * "admin_api" = role admin; "admin_or_owner" = role admin or any role on the target project.
 */
import { forbiddenPolicy } from './faults';
import type { CinderContext } from './context';

export function requireAdmin(ctx: CinderContext, rule: string): void {
  if (!ctx.isAdmin) throw forbiddenPolicy(rule);
}

export function requireOwner(ctx: CinderContext, rule: string, projectId: string): void {
  if (!ctx.isAdmin && ctx.projectId !== projectId) throw forbiddenPolicy(rule);
}
