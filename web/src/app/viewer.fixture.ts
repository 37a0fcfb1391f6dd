import type { SignedInViewer } from './ViewerContext';

/*
 * Signed-in viewers for web unit tests, as the Viewer query answers them (ViewerContext): a
 * vendor's operator without a customer account, and a customer account's Billing Admin.
 */

export const operatorViewer: SignedInViewer = {
  __typename: 'Viewer',
  isOperator: true,
  operatorNeedsTwoFactor: false,
  tourDismissedAt: '2026-01-01T00:00:00.000Z',
  role: null,
  permissions: [],
  user: { __typename: 'User', id: 'usr_ops', name: 'Olga Operator', email: 'ops@vendor.example' },
  account: null,
  accounts: [],
};

export const billingAdminViewer: SignedInViewer = {
  __typename: 'Viewer',
  isOperator: false,
  operatorNeedsTwoFactor: false,
  tourDismissedAt: '2026-01-01T00:00:00.000Z',
  role: 'BILLING_ADMIN',
  permissions: ['BILLING_READ'],
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
