import type { AccountSettingsQuery } from '../../../graphql/generated';

/** What the server answers for Account settings: an onboarded account without billing details. */
export const accountSettingsData: AccountSettingsQuery = {
  __typename: 'Query',
  account: {
    __typename: 'Account',
    id: 'acc_1',
    name: 'Analytical Engines',
    country: 'GB',
    billingEmail: 'billing@engines.example',
    preferredCurrency: 'GBP',
    alertTopics: ['INVOICE_ISSUED', 'PAYMENT_FAILED', 'SECURITY'],
    billingDetails: null,
  },
  plans: [
    {
      __typename: 'Plan',
      id: 'pln_basic',
      prices: [
        { __typename: 'PlanPrice', currency: 'USD' },
        { __typename: 'PlanPrice', currency: 'EUR' },
        { __typename: 'PlanPrice', currency: 'GBP' },
      ],
    },
  ],
};
