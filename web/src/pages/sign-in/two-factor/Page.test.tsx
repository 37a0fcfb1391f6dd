import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { SignInStageDocument, VerifySecondFactorDocument } from '../../../graphql/generated';
import { SecondFactorPage } from './Page';

function Landed() {
  const location = useLocation();
  return <p data-testid="landed">{location.pathname}</p>;
}

const stage = (signInStage: 'SECOND_FACTOR' | 'COMPLETE'): MockedResponse => ({
  request: { query: SignInStageDocument },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        signInStage,
        user: { __typename: 'User', id: 'usr_1', email: 'ada@example.com' },
      },
    },
  },
});

const verifyAnswer = (code: string, result: MockedResponse['result']): MockedResponse => ({
  request: { query: VerifySecondFactorDocument, variables: { input: { code } } },
  result,
});

// MockedProvider stands in for the Ledgerline server, answering as schema.graphql describes.
function renderAt(path: string, mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/sign-in/two-factor" element={<SecondFactorPage />} />
          <Route path="*" element={<Landed />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the second-factor page', () => {
  it('takes the code from the app and goes on to the page asked for', async () => {
    renderAt('/sign-in/two-factor?returnTo=%2Fbilling%2Fplans', [
      stage('SECOND_FACTOR'),
      verifyAnswer('123456', {
        data: {
          verifySecondFactor: {
            __typename: 'VerifySecondFactorPayload',
            method: 'TOTP',
            backupCodesRemaining: 10,
          },
        },
      }),
    ]);

    expect(await screen.findByText('ada@example.com')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Six-digit code' }), {
      target: { value: '123 456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByTestId('landed')).textContent).toBe('/billing/plans');
  });

  it('takes a backup code instead, and says when to try again after too many wrong codes', async () => {
    renderAt('/sign-in/two-factor', [
      stage('SECOND_FACTOR'),
      verifyAnswer('abcdefghjk', {
        errors: [
          new GraphQLError('That code didn’t work.', {
            extensions: { code: 'BAD_USER_INPUT', field: 'code' },
          }),
        ],
      }),
      verifyAnswer('abcdefghjm', {
        errors: [
          new GraphQLError('Too many wrong codes.', {
            extensions: { code: 'RATE_LIMITED', resetAt: '2026-10-05T08:15:00.000Z' },
          }),
        ],
      }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Use a backup code instead' }));
    const field = screen.getByRole('textbox', { name: 'Backup code' });
    fireEvent.change(field, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText(/Enter one of your backup codes/)).toBeTruthy();

    fireEvent.change(field, { target: { value: 'abcde-fghjk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('That code didn’t work.')).toBeTruthy();

    fireEvent.change(field, { target: { value: 'abcde-fghjm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText(/Too many wrong codes. For your security/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /instead/ })).toBeNull();
  });

  it('goes straight on when the sign-in is already complete', async () => {
    renderAt('/sign-in/two-factor?returnTo=%2Faudit', [stage('COMPLETE')]);
    expect((await screen.findByTestId('landed')).textContent).toBe('/audit');
  });
});
