import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { navigationFor } from '../../app/navigation';
import { ViewerProvider, type SignedInViewer } from '../../app/ViewerContext';
import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  SessionsDocument,
  SignInMethodsDocument,
  TwoFactorRequirementDocument,
  TwoFactorStatusDocument,
  type ApiTokenListFragment,
  type ApiTokensQuery,
  type CreateApiTokenMutation,
  type RevokeApiTokenMutation,
} from '../../graphql/generated';
import { SecurityPage } from './Page';
import { billingAdminViewer } from '../../app/viewer.fixture';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'BILLING_DETAILS_EDIT', 'SECURITY_MANAGE'],
};
const viewerMember: SignedInViewer = {
  ...admin,
  role: 'VIEWER',
  permissions: ['BILLING_READ', 'INVOICES_DOWNLOAD'],
};

const secret = 'llp_9QhL2mXv0aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3w';

function token(overrides: Partial<ApiTokenListFragment>): ApiTokenListFragment {
  return {
    __typename: 'ApiToken',
    id: 'tok_1',
    name: 'ERP sync',
    prefix: 'llp_3f9a',
    scopes: ['INVOICES_READ'],
    status: 'ACTIVE',
    createdAt: '2026-03-02T10:00:00.000Z',
    expiresAt: '2026-06-01T10:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    createdBy: { __typename: 'User', id: 'usr_1', name: 'Ada Lovelace' },
    ...overrides,
  };
}

function tokensAnswer(
  apiTokens: ApiTokenListFragment[],
  plan: { name: string; limit: number | null } = { name: 'Basic', limit: 5 },
): MockedResponse<ApiTokensQuery> {
  return {
    request: { query: ApiTokensDocument },
    result: {
      data: {
        __typename: 'Query',
        apiTokens,
        account: {
          __typename: 'Account',
          id: 'acc_1',
          plan: {
            __typename: 'Plan',
            id: 'pln_1',
            name: plan.name,
            limits: [
              { __typename: 'PlanLimit', key: 'api_requests_per_month', limit: 1000 },
              { __typename: 'PlanLimit', key: 'api_tokens', limit: plan.limit },
            ],
          },
        },
      },
    },
  };
}

const reportingInput = { name: 'Reporting', scopes: ['ACCOUNT_READ'], expiresInDays: 30 };

/**
 * The page's sign-in methods, two-factor and sessions sections (tested in sign-in-methods/,
 * two-factor/ and sessions/), answered so they stay quiet here.
 */
const personalSectionAnswers: MockedResponse[] = [
  {
    request: { query: SessionsDocument },
    result: { data: { __typename: 'Query', sessions: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: SignInMethodsDocument },
    result: {
      data: {
        viewer: { __typename: 'Viewer', user: { __typename: 'User', id: 'usr_1' }, identities: [] },
        authProviders: [],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: TwoFactorStatusDocument },
    result: {
      data: {
        viewer: {
          __typename: 'Viewer',
          user: { __typename: 'User', id: 'usr_1' },
          twoFactor: {
            __typename: 'TwoFactorStatus',
            enabled: false,
            enabledAt: null,
            backupCodesRemaining: 0,
            requiredByAccount: false,
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: TwoFactorRequirementDocument },
    result: {
      data: {
        account: {
          __typename: 'Account',
          id: 'acc_1',
          requireTwoFactor: false,
          entitlements: [],
          plan: { __typename: 'Plan', id: 'pln_1', name: 'Basic' },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

// MockedProvider stands in for the Ledgerline server (a unit test has no server peer): it answers
// the page's query and mutations as the contract in schema.graphql describes.
function renderPage(viewer: SignedInViewer, mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={[...mocks, ...personalSectionAnswers]} cache={createCache()}>
      <MemoryRouter>
        <ViewerProvider value={viewer}>
          <SecurityPage />
        </ViewerProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function fillCreateForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Create token' }));
  const dialog = screen.getByRole('dialog', { name: 'Create an API token' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /name/i }), {
    target: { value: ' Reporting ' },
  });
  fireEvent.click(
    within(dialog).getByRole('checkbox', { name: 'Account and billing details (account:read)' }),
  );
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /expires/i }));
  fireEvent.click(await screen.findByRole('option', { name: '30 days' }));
  return dialog;
}

describe('API tokens on the Security page', () => {
  it('lists each token by name and prefix, with its scopes and status', async () => {
    renderPage(admin, [
      tokensAnswer([
        token({ lastUsedAt: '2026-03-03T08:30:00.000Z' }),
        token({
          id: 'tok_2',
          name: 'Old BI export',
          prefix: 'llp_Zx81',
          scopes: ['ACCOUNT_READ', 'INVOICES_READ'],
          status: 'REVOKED',
          revokedAt: '2026-03-04T09:00:00.000Z',
        }),
      ]),
    ]);

    const table = await screen.findByRole('table', { name: 'API tokens' });
    const [, erp, old] = within(table).getAllByRole('row');
    expect(within(erp!).getByText('ERP sync')).toBeTruthy();
    expect(within(erp!).getByText('llp_3f9a…')).toBeTruthy();
    expect(within(erp!).getByText('invoices:read')).toBeTruthy();
    expect(within(erp!).getByText('Active')).toBeTruthy();
    expect(within(erp!).getByText('by Ada Lovelace')).toBeTruthy();
    expect(within(erp!).getByRole('button', { name: 'Revoke ERP sync' })).toBeTruthy();
    expect(within(old!).getByText('account:read')).toBeTruthy();
    expect(within(old!).getByText('Revoked')).toBeTruthy();
    expect(within(old!).queryByRole('button', { name: /revoke/i })).toBeNull();
    expect(screen.getByText('1 of 5 active tokens on the Basic plan')).toBeTruthy();
  });

  it('shows the secret once after creating a token, and only the prefix afterwards', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const created: MockedResponse<CreateApiTokenMutation> = {
      request: { query: CreateApiTokenDocument, variables: { input: reportingInput } },
      result: {
        data: {
          __typename: 'Mutation',
          createApiToken: {
            __typename: 'CreateApiTokenPayload',
            secret,
            token: token({
              id: 'tok_new',
              name: 'Reporting',
              prefix: secret.slice(0, 8),
              scopes: ['ACCOUNT_READ'],
            }),
          },
        },
      },
    };
    renderPage(admin, [tokensAnswer([]), created]);

    expect(await screen.findByText('No API tokens yet')).toBeTruthy();
    const form = await fillCreateForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Create token' }));

    const secretDialog = await screen.findByRole('dialog', { name: 'Copy your new token' });
    expect(within(secretDialog).getByText(secret)).toBeTruthy();
    expect(within(secretDialog).getByText(/only time you’ll see this token/)).toBeTruthy();
    fireEvent.click(within(secretDialog).getByRole('button', { name: 'Copy token' }));
    expect(await within(secretDialog).findByText('The token is on your clipboard.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(secret);

    fireEvent.click(within(secretDialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByText(secret)).toBeNull());
    const table = await screen.findByRole('table', { name: 'API tokens' });
    expect(within(table).getByText('Reporting')).toBeTruthy();
    expect(within(table).getByText(`${secret.slice(0, 8)}…`)).toBeTruthy();
  });

  it('asks for a name and a scope before sending anything', async () => {
    renderPage(admin, [tokensAnswer([])]);
    fireEvent.click(await screen.findByRole('button', { name: 'Create token' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an API token' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect(
      within(dialog).getByText('Name the token after what uses it, e.g. "ERP sync".'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Choose at least one thing the token may read.')).toBeTruthy();

    // Each message goes as soon as its field is put right.
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Invoices (invoices:read)' }));
    expect(within(dialog).queryByText('Choose at least one thing the token may read.')).toBeNull();
    expect(
      within(dialog).getByText('Name the token after what uses it, e.g. "ERP sync".'),
    ).toBeTruthy();
  });

  it('shows PLAN_LIMIT as an upgrade hint naming the plan that allows more', async () => {
    const message = 'Your Free plan allows 1 API token; Basic allows 5.';
    const refused: MockedResponse<CreateApiTokenMutation> = {
      request: { query: CreateApiTokenDocument, variables: { input: reportingInput } },
      result: {
        errors: [
          new GraphQLError(message, {
            extensions: {
              code: 'PLAN_LIMIT',
              limit: 'api_tokens',
              allowed: 1,
              upgradePlan: 'basic',
            },
          }),
        ],
      },
    };
    // Someone else created the Free plan's one token after this list loaded.
    renderPage(admin, [tokensAnswer([], { name: 'Free', limit: 1 }), refused]);

    const form = await fillCreateForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Create token' }));

    const hint = await within(form).findByRole('alert');
    expect(hint.textContent).toContain('Upgrade to create more tokens');
    expect(hint.textContent).toContain(message);
    expect(screen.queryByRole('dialog', { name: 'Copy your new token' })).toBeNull();
  });

  it('says when the plan’s tokens are all in use and offers no new one', async () => {
    renderPage(admin, [tokensAnswer([token({})], { name: 'Free', limit: 1 })]);

    expect(await screen.findByText('1 of 1 active token on the Free plan')).toBeTruthy();
    expect(screen.getByText(/Your Free plan allows 1 active API token/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create token' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('revokes a token only after confirming, and shows it as revoked', async () => {
    const revoked: MockedResponse<RevokeApiTokenMutation> = {
      request: { query: RevokeApiTokenDocument, variables: { input: { id: 'tok_1' } } },
      result: {
        data: {
          __typename: 'Mutation',
          revokeApiToken: token({ status: 'REVOKED', revokedAt: '2026-03-05T12:00:00.000Z' }),
        },
      },
    };
    renderPage(admin, [tokensAnswer([token({})]), revoked]);

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke ERP sync' }));
    const confirm = screen.getByRole('dialog', { name: 'Revoke “ERP sync”?' });
    expect(within(confirm).getByText(/llp_3f9a…/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Revoke token' }));

    expect(
      await screen.findByText('“ERP sync” revoked. Requests with it are refused.'),
    ).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'API tokens' });
    expect(within(table).getByText('Revoked')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: /revoke/i })).toBeNull();
  });

  it('offers a retry when the tokens cannot be loaded', async () => {
    renderPage(admin, [
      { request: { query: ApiTokensDocument }, error: new Error('connection refused') },
    ]);
    expect(await screen.findByText('We couldn’t load the API tokens')).toBeTruthy();
    const tokens = screen.getByRole('region', { name: 'API tokens' });
    expect(within(tokens).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('tells a member without SECURITY_MANAGE who manages tokens, and still shows their own two-factor sign-in', async () => {
    renderPage(viewerMember, []);
    expect(screen.getByText('Only Billing Admins manage API tokens')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create token' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Account sign-in rules' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Set up two-factor sign-in' })).toBeTruthy();
    expect(navigationFor(viewerMember).map((item) => item.label)).toContain('Security');
    expect(navigationFor(admin).map((item) => item.label)).toContain('Security');
  });
});
