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

const roleDefaults: Record<Role, readonly Permission[]> = {
  BILLING_ADMIN: permissions,
  BILLING_USER: ['BILLING_READ', 'INVOICES_DOWNLOAD', 'INVOICES_PAY'],
  VIEWER: ['BILLING_READ', 'INVOICES_DOWNLOAD'],
};

/** What a Billing Admin may grant to (or, for INVOICES_PAY, revoke from) a Billing User. */
export const grantablePermissions: readonly Permission[] = [
  'INVOICES_PAY',
  'PAYMENT_METHODS_MANAGE',
  'BILLING_DETAILS_EDIT',
];

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
