import type { SignedInViewer } from '../../app/ViewerContext';

/** API tokens and account security: Billing Admins (SECURITY_MANAGE) (docs/API.md "Operations"). */
export function canManageSecurity(viewer: SignedInViewer): boolean {
  return viewer.account != null && viewer.permissions.includes('SECURITY_MANAGE');
}
