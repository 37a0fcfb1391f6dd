import type { SignedInViewer } from '../../app/ViewerContext';

/** Billing Admins (AUDIT_READ) read their account's log; operators read every account's. */
export function canReadAuditLog(viewer: SignedInViewer): boolean {
  return viewer.isOperator || viewer.permissions.includes('AUDIT_READ');
}
