import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  CancelSubscriptionDocument,
  ChangeSubscriptionDocument,
  PlansPageDocument,
  PreviewSubscriptionChangeDocument,
  type PreviewSummaryFragment,
  type PlansPageQuery,
  type PlansSubscriptionFragment,
  type PreviewSubscriptionChangeInput,
} from '../../../graphql/generated';
import { PlansPage } from './Page';
import {
  advanced,
  basic,
  catalog,
  free,
  line,
  money,
  preview,
  subscriptionOn,
} from './plans.fixture';
import { billingAdminViewer } from '../../../app/viewer.fixture';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT', 'PLAN_MANAGE'],
};
const viewerMember: SignedInViewer = {
  ...admin,
  role: 'VIEWER',
  permissions: ['BILLING_READ', 'INVOICES_DOWNLOAD'],
};

function plansAnswer(
  subscription: PlansSubscriptionFragment | null,
  { billingDetails = true }: { billingDetails?: boolean } = {},
): MockedResponse<PlansPageQuery> {
  const live = subscription && subscription.status !== 'CANCELED' ? subscription : null;
  return {
    request: { query: PlansPageDocument },
    result: {
      data: {
        __typename: 'Query',
        plans: catalog,
        account: {
          __typename: 'Account',
          id: 'acc_1',
          preferredCurrency: null,
          plan: {
            __typename: 'Plan',
            id: live?.plan.id ?? free.id,
            code: live?.plan.code ?? 'free',
          },
          creditBalance: money(0),
          billingDetails: billingDetails
            ? { __typename: 'BillingDetails', updatedAt: '2026-11-01T10:00:00.000Z' }
            : null,
          subscription,
        },
      },
    },
  };
}

function previewAnswer(
  input: PreviewSubscriptionChangeInput,
  answer: PreviewSummaryFragment | GraphQLError,
): MockedResponse {
  return {
    request: { query: PreviewSubscriptionChangeDocument, variables: { input } },
    result:
      answer instanceof GraphQLError
        ? { errors: [answer] }
        : { data: { __typename: 'Query', previewSubscriptionChange: answer } },
  };
}

// MockedProvider stands in for the Ledgerline server (a unit test has no server peer): it answers
// the page's query, previews and mutations as schema.graphql describes them.
function renderPage(viewer: SignedInViewer, mocks: MockedResponse[]) {
  return render(
    <MemoryRouter>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <ViewerProvider value={viewer}>
          <PlansPage />
        </ViewerProvider>
      </MockedProvider>
    </MemoryRouter>,
  );
}

const tier = (name: string) =>
  within(screen.getByRole('list', { name: 'Plans' })).getByRole('listitem', { name });

let keys = 0;
beforeEach(() => {
  keys = 0;
  Object.defineProperty(globalThis.crypto, 'randomUUID', {
    configurable: true,
    value: () => `key-${++keys}`,
  });
});

describe('the Plans page', () => {
  it('shows skeletons while loading, then the tiers with Free as the current plan', async () => {
    renderPage(admin, [plansAnswer(null, { billingDetails: false })]);
    expect(screen.getByRole('status', { name: 'Loading plans' })).toBeTruthy();

    expect(await screen.findByText('You’re on the Free plan')).toBeTruthy();
    expect(within(tier('Free')).getByText('Current plan')).toBeTruthy();
    expect(within(tier('Basic')).getByText('€27.00')).toBeTruthy();
    expect(within(tier('Basic')).getByText('14 days')).toBeTruthy();
    expect(within(tier('Advanced')).getByText('€14.00')).toBeTruthy();
    expect(within(tier('Enterprise')).getByText(/contact us/i)).toBeTruthy();
    expect(within(tier('Enterprise')).queryByRole('button')).toBeNull();
    // A paid plan needs billing details: the page says so and links to them.
    expect(screen.getByRole('link', { name: 'Add billing details' }).getAttribute('href')).toBe(
      '/billing/details',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Annual' }));
    expect(within(tier('Basic')).getByText('€270.00')).toBeTruthy();
    expect(within(tier('Basic')).getByText('€54.00')).toBeTruthy(); // saved over 12 × €27.00
  });

  it('shows members without the permission the comparison read-only, with a note', async () => {
    renderPage(viewerMember, [plansAnswer(subscriptionOn(basic))]);

    expect(
      await screen.findByText(/only a Billing Admin can start, change or cancel/),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your subscription: Basic' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /upgrade|downgrade|choose|cancel/i })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change seats' })).toBeNull();
  });

  it('offers a retry when the plans cannot be loaded', async () => {
    renderPage(admin, [
      { request: { query: PlansPageDocument }, error: new Error('offline') },
      plansAnswer(null),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('You’re on the Free plan')).toBeTruthy();
  });

  it('marks a trial with its end date', async () => {
    renderPage(admin, [
      plansAnswer(
        subscriptionOn(basic, { status: 'TRIALING', trialEnd: '2026-12-13T12:00:00.000Z' }),
      ),
    ]);

    expect(
      await within(await findTier('Basic')).findByText('Trial until Dec 13, 2026'),
    ).toBeTruthy();
    expect(screen.getByText('Trial ends')).toBeTruthy();
  });

  it('previews an upgrade, confirms it with an idempotency key that a retry reuses, and refreshes', async () => {
    const upgrade = {
      action: 'CHANGE',
      planCode: 'advanced',
      interval: 'MONTH',
      // Basic's 3 included seats become the 10 Advanced includes.
      seats: 10,
    } as const;
    const changeInput = {
      planCode: 'advanced',
      interval: 'MONTH',
      seats: 10,
      idempotencyKey: 'key-1',
    };
    const upgraded = subscriptionOn(advanced);
    renderPage(admin, [
      plansAnswer(subscriptionOn(basic)),
      previewAnswer(
        upgrade,
        preview({
          lines: [
            line('UNUSED_TIME', 'Unused time on Basic', -1350),
            line('REMAINING_TIME', 'Remaining time on Advanced', 4450),
          ],
          subtotal: money(3100),
          tax: money(589),
          amountDueToday: money(3689),
          seats: 10,
          collectionMethod: 'BANK_TRANSFER',
          dueAt: '2027-01-11T12:00:00.000Z',
        }),
      ),
      {
        request: { query: ChangeSubscriptionDocument, variables: { input: changeInput } },
        error: new Error('connection lost'),
      },
      {
        request: { query: ChangeSubscriptionDocument, variables: { input: changeInput } },
        result: {
          data: {
            __typename: 'Mutation',
            changeSubscription: {
              __typename: 'SubscriptionChangeResult',
              outcome: 'UPGRADED',
              subscription: upgraded,
              invoice: null,
            },
          },
        },
      },
      plansAnswer(upgraded),
    ]);

    fireEvent.click(
      within(await findTier('Advanced')).getByRole('button', { name: 'Upgrade to Advanced' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Upgrade to Advanced' });
    const costs = await within(dialog).findByRole('region', { name: 'What this change costs' });
    expect(within(costs).getByText('Unused time on Basic')).toBeTruthy();
    expect(within(costs).getByText('-€13.50')).toBeTruthy();
    expect(within(costs).getByText('VAT 19%')).toBeTruthy();
    expect(within(costs).getByText('€36.89')).toBeTruthy();
    // Not "due today": the invoice is open, due by bank transfer weeks later.
    expect(within(costs).getByText('Invoiced today')).toBeTruthy();
    expect(within(costs).queryByText('Due today')).toBeNull();
    expect(within(costs).getByText(/^Due Jan 11, 2027, by bank transfer/)).toBeTruthy();
    expect((within(dialog).getByRole('textbox', { name: 'Seats' }) as HTMLInputElement).value).toBe(
      '10',
    );
    expect(within(costs).getByText('Next invoice, Jan 12, 2027')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm change' }));
    expect(await within(dialog).findByText(/couldn’t reach Ledgerline/)).toBeTruthy();
    // The retry sends the same key (the mock only answers key-1).
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm change' }));

    expect(await screen.findByText('Upgraded to Advanced.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      await screen.findByRole('heading', { name: 'Your subscription: Advanced' }),
    ).toBeTruthy();
  });

  it('schedules a downgrade at the period end by default and can apply it now instead', async () => {
    const downgrade = { action: 'CHANGE', planCode: 'basic', interval: 'MONTH', seats: 3 } as const;
    renderPage(admin, [
      plansAnswer(subscriptionOn(advanced)),
      previewAnswer(
        downgrade,
        preview({
          outcome: 'CHANGE_SCHEDULED',
          appliesAt: 'PERIOD_END',
          effectiveAt: '2027-01-12T12:00:00.000Z',
        }),
      ),
      previewAnswer(
        { ...downgrade, timing: 'NOW' },
        preview({
          outcome: 'DOWNGRADED',
          lines: [line('UNUSED_TIME', 'Unused time on Advanced', -4450)],
          creditAdded: money(3100),
        }),
      ),
    ]);

    fireEvent.click(
      within(await findTier('Basic')).getByRole('button', { name: 'Downgrade to Basic' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Downgrade to Basic' });
    expect(
      await within(dialog).findByText(/Applies at the end of the current period, on Jan 12, 2027/),
    ).toBeTruthy();
    const periodEnd = within(dialog).getByRole('radio', {
      name: /^At the end of the current period/,
    });
    expect((periodEnd as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Schedule change' })).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('radio', { name: /^Now/ }));
    expect(await within(dialog).findByText('Unused time credited to your balance')).toBeTruthy();
    expect(within(dialog).getByText('€31.00')).toBeTruthy();
  });

  it('explains that a start needs billing details and links to them', async () => {
    const start = {
      action: 'START',
      planCode: 'basic',
      interval: 'MONTH',
      currency: 'EUR',
      seats: 3,
    } as const;
    renderPage(admin, [
      plansAnswer(null),
      previewAnswer(
        start,
        new GraphQLError('Add your billing details before subscribing to a paid plan.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'billingDetails' },
        }),
      ),
    ]);

    fireEvent.click(within(await findTier('Basic')).getByRole('button', { name: 'Choose Basic' }));
    const dialog = screen.getByRole('dialog', { name: 'Start Basic' });
    expect(await within(dialog).findByText('Billing details needed')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Add billing details' })).toBeTruthy();
    expect(
      within(dialog).getByRole('button', { name: 'Start subscription' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('shows the scheduled change with Undo, which asks for the running plan again', async () => {
    const scheduled = subscriptionOn(advanced, {
      scheduledChange: {
        __typename: 'ScheduledPlanChange',
        effectiveAt: '2027-01-12T12:00:00.000Z',
        interval: 'MONTH',
        seats: 3,
        plan: { __typename: 'Plan', id: basic.id, code: basic.code, name: basic.name },
      },
    });
    const undone = subscriptionOn(advanced);
    renderPage(admin, [
      plansAnswer(scheduled),
      {
        request: {
          query: ChangeSubscriptionDocument,
          variables: {
            input: { planCode: 'advanced', interval: 'MONTH', seats: 3, idempotencyKey: 'key-1' },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            changeSubscription: {
              __typename: 'SubscriptionChangeResult',
              outcome: 'SCHEDULED_CHANGE_UNDONE',
              subscription: undone,
              invoice: null,
            },
          },
        },
      },
      plansAnswer(undone),
    ]);

    const notices = await screen.findByRole('region', { name: 'Subscription notices' });
    expect(within(notices).getByText(/Your plan changes to Basic on Jan 12, 2027/)).toBeTruthy();
    fireEvent.click(within(notices).getByRole('button', { name: 'Undo' }));

    expect(
      await screen.findByText('The scheduled change is undone: you stay on Advanced.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Subscription notices' })).toBeNull(),
    );
  });

  it('cancels with a reason, a comment for "other", and the fee the preview discloses', async () => {
    const cancelled = subscriptionOn(advanced, {
      status: 'CANCELED',
      endedAt: '2026-12-12T12:00:00.000Z',
    });
    renderPage(admin, [
      plansAnswer(subscriptionOn(advanced)),
      previewAnswer(
        { action: 'CANCEL', timing: 'PERIOD_END' },
        preview({
          outcome: 'CANCEL_SCHEDULED',
          appliesAt: 'PERIOD_END',
          nextInvoiceDate: null,
          nextInvoiceAmount: null,
        }),
      ),
      previewAnswer(
        { action: 'CANCEL', timing: 'NOW' },
        preview({
          outcome: 'CANCELED',
          lines: [
            line('CANCELLATION_FEE', 'Cancellation fee: 25% of the remaining contract', 75000),
          ],
          subtotal: money(75000),
          amountDueToday: money(75000),
          nextInvoiceDate: null,
          nextInvoiceAmount: null,
        }),
      ),
      {
        request: {
          query: CancelSubscriptionDocument,
          variables: {
            input: {
              timing: 'NOW',
              reason: 'OTHER',
              comment: 'Moving to a contract.',
              idempotencyKey: 'key-1',
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            cancelSubscription: {
              __typename: 'SubscriptionChangeResult',
              outcome: 'CANCELED',
              subscription: cancelled,
              invoice: null,
            },
          },
        },
      },
      plansAnswer(cancelled),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Cancel subscription' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel your subscription' });
    expect(await within(dialog).findByText('No cancellation fee.')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('radio', { name: /^Now/ }));
    const feeTitle = await within(dialog).findByText(/^Cancelling now costs/, {
      selector: '.MuiAlertTitle-root',
    });
    // The fee line's own words follow once, not after a second "Cancellation fee:".
    const feeAlert = feeTitle.closest('[role="alert"]')?.textContent ?? '';
    expect(feeAlert.match(/Cancellation fee/g)).toHaveLength(1);
    expect(within(dialog).getAllByText('€750.00').length).toBeGreaterThan(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel now' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /why are you cancelling/i }));
    fireEvent.click(await screen.findByRole('option', { name: 'Something else' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel now' }));
    expect(within(dialog).getByText('Tell us briefly why you are cancelling.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /comment/i }), {
      target: { value: 'Moving to a contract.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel now' }));

    expect(
      await screen.findByText('Your subscription has ended. The account is on Free.'),
    ).toBeTruthy();
    expect(await screen.findByText('You’re on the Free plan')).toBeTruthy();
  });
});

async function findTier(name: string) {
  await screen.findByRole('list', { name: 'Plans' });
  return tier(name);
}
