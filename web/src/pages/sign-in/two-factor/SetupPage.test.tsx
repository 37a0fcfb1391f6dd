import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { SignInStageDocument } from '../../../graphql/generated';
import { TwoFactorSetupPage } from './SetupPage';

function Landed() {
  const location = useLocation();
  return <p data-testid="landed">{location.pathname + location.search}</p>;
}

const stage = (signInStage: string): MockedResponse => ({
  request: { query: SignInStageDocument },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        signInStage,
        user: { __typename: 'User', id: 'usr_1', email: 'grace@example.com' },
      },
    },
  },
});

// MockedProvider stands in for the Ledgerline server, answering as schema.graphql describes.
function renderAt(path: string, mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/sign-in/two-factor/setup" element={<TwoFactorSetupPage />} />
          <Route path="*" element={<Landed />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the page members of an account requiring two-factor sign-in are sent to', () => {
  it('explains why and offers to set it up', async () => {
    renderAt('/sign-in/two-factor/setup', [stage('TWO_FACTOR_ENROLMENT')]);
    expect(await screen.findByRole('heading', { name: 'Set up two-factor sign-in' })).toBeTruthy();
    expect(screen.getByText(/Your account requires a code from an authenticator app/)).toBeTruthy();
    expect(screen.getByText('grace@example.com')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeTruthy();
  });

  it('sends a sign-in that still owes its code to the second-factor page', async () => {
    renderAt('/sign-in/two-factor/setup?returnTo=%2Finvoices', [stage('SECOND_FACTOR')]);
    expect((await screen.findByTestId('landed')).textContent).toBe(
      '/sign-in/two-factor?returnTo=%2Finvoices',
    );
  });
});
