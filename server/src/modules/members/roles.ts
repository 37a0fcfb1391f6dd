/**
 * Roles and permissions (SPEC §5 permission matrix). A role carries a default set; a Billing
 * Admin may grant a Billing User some of the "grantable" permissions on top.
 */
export const roles = ['BILLING_ADMIN', 'BILLING_USER', 'VIEWER'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'BILLING_READ',
  'INVOICES_DOWNLOAD',
  'INVOICES_PAY',
  'PAYMENT_METHODS_MANAGE',
  'BILLING_DETAILS_EDIT',
  'PLAN_MANAGE',
  'MEMBERS_MANAGE',
  'SECURITY_MANAGE',
  'AUDIT_READ',
] as const;
export type Permission = (typeof permissions)[number];

/** What a role always carries; a Billing User's grantable permissions come from its grants. */
const roleDefaults: Record<Role, readonly Permission[]> = {
  BILLING_ADMIN: permissions,
  BILLING_USER: ['BILLING_READ', 'INVOICES_DOWNLOAD'],
  VIEWER: ['BILLING_READ', 'INVOICES_DOWNLOAD'],
};

/**
 * What a Billing Admin may give to, or take from, an individual Billing User. The schema's
 * `GrantablePermission` enum (members.types.ts) is built from this list, so the web app's words
 * for each grant (web/src/pages/members/members.ts) fail its typecheck when it changes.
 */
export const grantablePermissionValues = [
  'INVOICES_PAY',
  'PAYMENT_METHODS_MANAGE',
  'BILLING_DETAILS_EDIT',
] as const satisfies readonly Permission[];
export type GrantablePermission = (typeof grantablePermissionValues)[number];
export const grantablePermissions: readonly Permission[] = grantablePermissionValues;

/**
 * A new Billing User's grants when none are chosen: paying invoices (SPEC §5: "✓ (default,
 * revocable)"). Granted like any other, so a Billing Admin can take it away.
 */
export const defaultBillingUserGrants: readonly Permission[] = ['INVOICES_PAY'];

/** The grants a member starts with in `role` (only a Billing User has any). */
export function defaultGrants(role: Role): Permission[] {
  return role === 'BILLING_USER' ? [...defaultBillingUserGrants] : [];
}

export function effectivePermissions(role: Role, grants: readonly Permission[]): Permission[] {
  const set = new Set<Permission>(roleDefaults[role]);
  if (role === 'BILLING_USER') {
    for (const grant of grants) if (grantablePermissions.includes(grant)) set.add(grant);
  }
  return permissions.filter((p) => set.has(p));
}

export const roleLabels: Record<Role, string> = {
  BILLING_ADMIN: 'Billing Admin',
  BILLING_USER: 'Billing User',
  VIEWER: 'Viewer',
};
