import type { FieldErrors } from '../../app/graphqlErrors';
import type {
  GrantablePermission,
  InvitationListFragment,
  InvitationStatus,
  InviteMemberInput,
  MembersPageQuery,
  Role,
} from '../../graphql/generated';
import { notYetOfferedPermissions } from '../../components/roles';

/**
 * What a Billing Admin may give to, or take from, a Billing User: the schema's
 * `GrantablePermission` enum, in the order a reader scans them. Keyed by it, so a grant added on the
 * server fails the typecheck here until it has words. Paying open invoices is on by default and
 * can be taken away.
 */
const grantWords: Record<GrantablePermission, { label: string; short: string }> = {
  INVOICES_PAY: { label: 'Pay open invoices', short: 'Pays invoices' },
  PAYMENT_METHODS_MANAGE: { label: 'Add and remove payment methods', short: 'Payment methods' },
  BILLING_DETAILS_EDIT: { label: 'Edit billing details and tax ID', short: 'Billing details' },
};

export const grantOptions: readonly {
  permission: GrantablePermission;
  label: string;
  short: string;
}[] = (Object.keys(grantWords) as GrantablePermission[])
  // Payment methods arrive with card payments (`notYetOfferedPermissions`): not offered yet.
  .filter((permission) => !notYetOfferedPermissions.has(permission))
  .map((permission) => ({ permission, ...grantWords[permission] }));

/** A new Billing User's grants, as the server gives them when none are chosen. */
export const defaultBillingUserGrants: readonly GrantablePermission[] = ['INVOICES_PAY'];

/** The grants a member or invitation has (only a Billing User has any), in the options' order. */
export function extraGrants(
  role: Role,
  grants: readonly GrantablePermission[],
): GrantablePermission[] {
  if (role !== 'BILLING_USER') return [];
  return grantOptions.map((o) => o.permission).filter((p) => grants.includes(p));
}

export function grantLabel(permission: GrantablePermission): string {
  return grantWords[permission]?.short ?? permission;
}

export type InviteFormValues = { email: string; role: Role; grants: GrantablePermission[] };
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

/** Why the header's Invite button is off, in a few words (the Seats card says the rest). */
export function seatsTakenShort(seats: SeatSummary): string {
  const all = seats.limit === 1 ? 'The one seat is taken' : `All ${seats.limit} seats are taken`;
  return seats.over > 0 ? `${all} (${seats.over} over).` : `${all}.`;
}

export function openInvitationCount(
  invitations: readonly Pick<InvitationListFragment, 'status'>[],
) {
  return invitations.filter((invitation) => invitation.status === 'OPEN').length;
}

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  OPEN: 'Open',
  EXPIRED: 'Expired',
  ACCEPTED: 'Accepted',
  REVOKED: 'Withdrawn',
};
