import type { SignedInViewer } from '../../app/ViewerContext';

/** Inviting and managing members: Billing Admins (MEMBERS_MANAGE) (docs/API.md "Operations"). */
export function canManageMembers(viewer: SignedInViewer): boolean {
  return viewer.account != null && viewer.permissions.includes('MEMBERS_MANAGE');
}
