import type { FieldErrors } from '../../app/graphqlErrors';
import type {
  InvitationRowFragment,
  InvitationStatus,
  InviteMemberInput,
  MembersPageQuery,
  Permission,
  Role,
} from '../../graphql/generated';

/** The roles in the order an inviter reads them: least access first. */
export const roleOptions: readonly { role: Role; description: string }[] = [
  { role: 'VIEWER', description: 'Sees the plan, invoices and billing details; changes nothing.' },
  {
    role: 'BILLING_USER',
    description: 'Sees the billing and pays open invoices; a Billing Admin can allow more.',
  },
  {
    role: 'BILLING_ADMIN',
    description: 'Manages everything: plan, billing details, members, security, audit log.',
  },
];

export function roleDescription(role: Role): string {
  return roleOptions.find((option) => option.role === role)?.description ?? '';
}

/**
 * What a Billing Admin may give to, or take from, a Billing User (server roles.ts
 * `grantablePermissions`), less those for features not offered yet (`notYetOfferedPermissions`:
 * payment methods). Paying open invoices is on by default and can be taken away.
 */
export const grantOptions: readonly { permission: Permission; label: string; short: string }[] = [
  { permission: 'INVOICES_PAY', label: 'Pay open invoices', short: 'Pays invoices' },
  {
    permission: 'BILLING_DETAILS_EDIT',
    label: 'Edit billing details and tax ID',
    short: 'Billing details',
  },
];

/** A new Billing User's grants, as the server gives them when none are chosen. */
export const defaultBillingUserGrants: readonly Permission[] = ['INVOICES_PAY'];

/** The grants a member or invitation has (only a Billing User has any), in the options' order. */
export function extraGrants(role: Role, grants: readonly Permission[]): Permission[] {
  if (role !== 'BILLING_USER') return [];
  return grantOptions.map((o) => o.permission).filter((p) => grants.includes(p));
}

export function grantLabel(permission: Permission): string {
  return grantOptions.find((o) => o.permission === permission)?.short ?? permission;
}

export type InviteFormValues = { email: string; role: Role; grants: Permission[] };
export type InviteFormField = 'email' | 'role' | 'permissions';
export const inviteFormFields: readonly InviteFormField[] = ['email', 'role', 'permissions'];
export const emptyInviteForm: InviteFormValues = {
  email: '',
  role: 'VIEWER',
  grants: [...defaultBillingUserGrants],
};

// The server's rule (members.service.ts), so most typos show before a round trip.
const emailPattern = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function validateInviteForm(values: InviteFormValues): FieldErrors<InviteFormField> {
  const email = values.email.trim();
  if (email.length === 0) return { email: 'Enter the e-mail address to invite.' };
  if (email.length > 254 || !emailPattern.test(email)) {
    return { email: 'Enter a valid e-mail address, such as jane@example.com.' };
  }
  return {};
}

export function toInviteInput(values: InviteFormValues): InviteMemberInput {
  return {
    email: values.email.trim(),
    role: values.role,
    permissions: extraGrants(values.role, values.grants),
  };
}

/** Seats: members plus open invitations, as the server counts them for SEAT_LIMIT. */
export type SeatSummary = {
  taken: number;
  /** null: the plan sets no limit. */
  limit: number | null;
  /** 0–100, for the progress bar. */
  percent: number;
  /** Every seat taken (or more): new invitations are refused with SEAT_LIMIT. */
  full: boolean;
  /** Taken beyond the limit, after a move to fewer seats; 0 otherwise. */
  over: number;
  headline: string;
  detail: string;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function seatSummary(
  members: number,
  openInvitations: number,
  limit: number | null,
): SeatSummary {
  const taken = members + openInvitations;
  const detail =
    plural(members, 'member') +
    (openInvitations > 0 ? ` and ${plural(openInvitations, 'open invitation')}` : '');
  if (limit === null) {
    return { taken, limit, percent: 0, full: false, over: 0, headline: 'No seat limit', detail };
  }
  const over = Math.max(0, taken - limit);
  return {
    taken,
    limit,
    percent: limit === 0 ? 100 : Math.min(100, Math.round((taken / limit) * 100)),
    full: taken >= limit,
    over,
    headline: `${taken} of ${plural(limit, 'seat')} taken${over > 0 ? ` (${over} over)` : ''}`,
    detail,
  };
}

/** The seat summary of the Members page's answer. */
export function seatSummaryOf(data: MembersPageQuery): SeatSummary {
  const meter = data.account.usage.find((usage) => usage.key === 'seats');
  // The meter's `used` counts members and open invitations; the summary shows them apart.
  return seatSummary(
    data.members.length,
    openInvitationCount(data.invitations),
    meter ? meter.limit : null,
  );
}

/** Why Invite is off, or null when a seat is free. */
export function inviteBlockedReason(seats: SeatSummary): string | null {
  if (!seats.full) return null;
  if (seats.over > 0) {
    return `More members and open invitations than seats: everyone keeps access, but no one new can be invited until ${seats.over} ${seats.over === 1 ? 'leaves' : 'leave'} or you add seats.`;
  }
  return 'Every seat is taken. To invite someone, add seats or move to a larger plan, or revoke an open invitation.';
}

export function openInvitationCount(invitations: readonly Pick<InvitationRowFragment, 'status'>[]) {
  return invitations.filter((invitation) => invitation.status === 'OPEN').length;
}

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  OPEN: 'Open',
  EXPIRED: 'Expired',
  ACCEPTED: 'Accepted',
  REVOKED: 'Withdrawn',
};

/** `jane@acme.example` → `j***@acme.example`, as the server masks the invited address. */
export function maskEmail(email: string): string {
  const lower = email.toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${lower[0]}***${lower.slice(at)}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
