import { navigationFor } from '../../app/navigation';
import type { SignedInViewer } from '../../app/ViewerContext';

const billingAdmin: SignedInViewer = {
  __typename: 'Viewer',
  isOperator: false,
  operatorNeedsTwoFactor: false,
  tourDismissedAt: '2026-01-01T00:00:00.000Z',
  role: 'BILLING_ADMIN',
  permissions: ['BILLING_READ', 'AUDIT_READ'],
  user: { __typename: 'User', id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com' },
  account: {
    __typename: 'Account',
    id: 'acc_1',
    name: 'Analytical Engines',
    onboardedAt: '2026-01-01T00:00:00.000Z',
    onboardingSkippedAt: null,
    suspendedAt: null,
    suspensionReason: null,
  },
  accounts: [],
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
