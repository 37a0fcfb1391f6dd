import type { SignedInViewer } from '../../../app/ViewerContext';

/** Start, change and cancel the subscription: Billing Admins (PLAN_MANAGE) (docs/API.md "Operations"). */
export function canManagePlan(viewer: SignedInViewer): boolean {
  return viewer.account != null && viewer.permissions.includes('PLAN_MANAGE');
}
