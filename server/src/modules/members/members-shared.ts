import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../errors.js';
import {
  grantablePermissions,
  type Permission,
  type Role,
  roleLabels,
  roles,
} from '../accounts/index.js';
import { type Actor, type AuditAction, recordAuditBy } from '../audit/index.js';

/** Validation and auditing shared by memberships (members.service.ts) and invitations (invitations.service.ts). */

export function validRole(role: string): Role {
  if (!(roles as readonly string[]).includes(role)) throw badInput('role', 'Choose a role.');
  return role as Role;
}

/** Extra permissions only for a Billing User, and only the grantable ones. */
export function validGrants(role: Role, grants: readonly string[]): Permission[] {
  const unique = [...new Set(grants)];
  if (unique.length === 0) return [];
  if (role !== 'BILLING_USER') {
    throw badInput(
      'permissions',
      `Only a Billing User gets extra permissions; a ${roleLabels[role]} has a fixed set.`,
    );
  }
  const unknown = unique.filter((grant) => !grantablePermissions.includes(grant as Permission));
  if (unknown.length > 0) {
    throw badInput('permissions', `These cannot be granted: ${unknown.join(', ')}.`);
  }
  return grantablePermissions.filter((grant) => unique.includes(grant));
}

/** Every membership change is audited the same way: who, which account, when, what. */
export function auditMembership(
  tx: EntityManager,
  action: AuditAction,
  where: { actor: Actor; accountId: string; at: Date; target: string },
  summary: Record<string, unknown>,
): void {
  recordAuditBy(tx, where.actor, {
    action,
    occurredAt: where.at,
    accountId: where.accountId,
    target: where.target,
    summary,
  });
}
