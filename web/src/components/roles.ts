import type { Permission, Role } from '../graphql/generated';

/** Records keyed by the generated unions: a role or permission added to the schema fails the
 * typecheck here until it has words. */
const roleLabels: Record<Role, string> = {
  BILLING_ADMIN: 'Billing Admin',
  BILLING_USER: 'Billing User',
  VIEWER: 'Viewer',
};

const roleSummaries: Record<Role, string> = {
  BILLING_ADMIN: 'You own this account’s billing: plan, payment methods, invoices and members.',
  BILLING_USER: 'You can work with billing as your Billing Admin allows.',
  VIEWER: 'You can see the plan, invoices and billing details, but not change them.',
};

/** In the order a reader scans them: seeing, paying, changing, administering. */
const permissionDescriptions: Record<Permission, string> = {
  BILLING_READ: 'View the plan, invoices and billing details',
  INVOICES_DOWNLOAD: 'Download invoice PDFs',
  INVOICES_PAY: 'Pay open invoices',
  PAYMENT_METHODS_MANAGE: 'Add and remove payment methods',
  BILLING_DETAILS_EDIT: 'Edit billing details and tax ID',
  PLAN_MANAGE: 'Change or cancel the plan',
  MEMBERS_MANAGE: 'Invite members and change their roles',
  SECURITY_MANAGE: 'Manage API tokens and account security',
  AUDIT_READ: 'Read the audit log',
};

const permissionOrder = Object.keys(permissionDescriptions);

/** A value the server added after this build was generated: readable rather than blank. */
function humanize(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function roleLabel(role: Role): string {
  return roleLabels[role] ?? humanize(role);
}

export function roleSummary(role: Role): string {
  return roleSummaries[role] ?? '';
}

export function permissionDescription(permission: Permission): string {
  return permissionDescriptions[permission] ?? humanize(permission);
}

/** Permissions in reading order (unknown ones last), without duplicates. */
export function sortPermissions(permissions: readonly Permission[]): Permission[] {
  const rank = (permission: Permission) => {
    const index = permissionOrder.indexOf(permission);
    return index === -1 ? permissionOrder.length : index;
  };
  return [...new Set(permissions)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The roles in the order an inviter reads them: least access first. */
export const roleOptions: readonly { role: Role; description: string }[] = [
  { role: 'VIEWER', description: 'Sees the plan, invoices and billing details; changes nothing.' },
  {
    role: 'BILLING_USER',
    description: 'Sees the billing and pays open invoices; a Billing Admin can allow more.',
  },
  {
    role: 'BILLING_ADMIN',
    description: 'Manages everything: plan, payment methods, members, security, audit log.',
  },
];

export function roleDescription(role: Role): string {
  return roleOptions.find((option) => option.role === role)?.description ?? '';
}
