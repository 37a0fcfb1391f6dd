import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ViewerDocument, type ViewerQuery } from '../graphql/generated';
import { createCache } from './apolloClient';
import { AuthGuard } from './AuthGuard';
import { billingAdminViewer } from './viewer.fixture';

function SignInProbe() {
  const location = useLocation();
  return <p data-testid="sign-in">{location.pathname + location.search}</p>;
}

const member: NonNullable<ViewerQuery['viewer']> = {
  ...billingAdminViewer,
  signInStage: 'COMPLETE',
};

// MockedProvider stands in for the Ledgerline server: a unit test has no server to talk to, so
// the viewer query is answered from these fixtures instead.
function renderAt(path: string, viewer: ViewerQuery['viewer']) {
  const mocks: MockedResponse<ViewerQuery>[] = [
    { request: { query: ViewerDocument }, result: { data: { __typename: 'Query', viewer } } },
  ];
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/sign-in/*" element={<SignInProbe />} />
          <Route path="/welcome" element={<SignInProbe />} />
          <Route path="/operator" element={<SignInProbe />} />
          <Route
            path="*"
            element={
              <AuthGuard>
                <p>Account overview</p>
              </AuthGuard>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AuthGuard', () => {
  it('sends a signed-out visitor to sign-in, remembering the page and its query', async () => {
    renderAt('/settings/account?tab=name', null);

    expect(screen.getByRole('status').textContent).toContain('Loading your account');
    const signIn = await screen.findByTestId('sign-in');
    expect(signIn.textContent).toBe('/sign-in?returnTo=%2Fsettings%2Faccount%3Ftab%3Dname');
    expect(screen.queryByText('Account overview')).toBeNull();
  });

  it('shows the page to a signed-in member', async () => {
    renderAt('/settings/account', member);

    expect(await screen.findByText('Account overview')).toBeTruthy();
    expect(screen.queryByTestId('sign-in')).toBeNull();
  });

  it('takes an operator without an account from / to the back office', async () => {
    renderAt('/', { ...member, isOperator: true, role: null, account: null });

    expect((await screen.findByTestId('sign-in')).textContent).toBe('/operator');
  });

  it('never sends an operator to the first-run wizard in the back office', async () => {
    const unboarded = { ...member.account!, onboardedAt: null };
    renderAt('/operator/mail', { ...member, isOperator: true, account: unboarded });

    expect(await screen.findByText('Account overview')).toBeTruthy();
  });

  it('asks a sign-in that owes its second factor for the code first', async () => {
    renderAt('/billing/plans', { ...member, signInStage: 'SECOND_FACTOR', account: null });

    const page = await screen.findByTestId('sign-in');
    expect(page.textContent).toBe('/sign-in/two-factor?returnTo=%2Fbilling%2Fplans');
    expect(screen.queryByText('Account overview')).toBeNull();
  });

  it('sends a member whose account requires two-factor sign-in to set it up first', async () => {
    renderAt('/', { ...member, signInStage: 'TWO_FACTOR_ENROLMENT', account: null });

    expect((await screen.findByTestId('sign-in')).textContent).toBe('/sign-in/two-factor/setup');
    expect(screen.queryByText('Account overview')).toBeNull();
  });

  const newAccount = { ...member.account!, onboardedAt: null, onboardingSkippedAt: null };

  it('takes the Billing Admin of a new account to the first-run wizard, then back to the page', async () => {
    renderAt('/billing/plans', { ...member, account: newAccount });

    expect((await screen.findByTestId('sign-in')).textContent).toBe(
      '/welcome?returnTo=%2Fbilling%2Fplans',
    );
    expect(screen.queryByText('Account overview')).toBeNull();
  });

  it.each([
    ['a Viewer', { ...member, role: 'VIEWER' as const, account: newAccount }],
    [
      'an admin who chose "Skip for now"',
      {
        ...member,
        account: { ...newAccount, onboardingSkippedAt: '2026-01-02T00:00:00.000Z' },
      },
    ],
    [
      'the admin of a suspended account (read-only: the wizard could not be saved)',
      {
        ...member,
        account: {
          ...newAccount,
          suspendedAt: '2026-01-02T00:00:00.000Z',
          suspensionReason: 'Unpaid invoices',
        },
      },
    ],
  ])('never sends %s to the wizard', async (_who, viewer) => {
    renderAt('/', viewer);
    expect(await screen.findByText('Account overview')).toBeTruthy();
    expect(screen.queryByTestId('sign-in')).toBeNull();
  });
});
