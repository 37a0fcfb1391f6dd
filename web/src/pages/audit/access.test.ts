import { navigationFor } from '../../app/navigation';
import type { SignedInViewer } from '../../app/ViewerContext';
import { billingAdminViewer } from '../../app/viewer.fixture';

const billingAdmin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'AUDIT_READ'],
};

const labels = (viewer: SignedInViewer) => navigationFor(viewer).map((item) => item.label);

describe('the "Audit log" navigation item', () => {
  it('is offered to a Billing Admin and to an operator without an account', () => {
    expect(labels(billingAdmin)).toContain('Audit log');
    expect(
      labels({ ...billingAdmin, isOperator: true, role: null, permissions: [], account: null }),
    ).toContain('Audit log');
  });

  it('is not offered to a Viewer or a Billing User', () => {
    expect(
      labels({ ...billingAdmin, role: 'VIEWER', permissions: ['BILLING_READ'] }),
    ).not.toContain('Audit log');
    expect(
      labels({
        ...billingAdmin,
        role: 'BILLING_USER',
        permissions: ['BILLING_READ', 'INVOICES_PAY', 'BILLING_DETAILS_EDIT'],
      }),
    ).not.toContain('Audit log');
  });
});
