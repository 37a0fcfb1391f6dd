import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import {
  AcceptInviteDocument,
  InvitationPreviewDocument,
  InvitationViewerDocument,
  type InvitationPreviewQuery,
  type InvitationStatus,
  type InvitationViewerQuery,
} from '../../graphql/generated';
import { hasJoined, InvitationPage } from './Page';

const token = 'tok_abcdefghijklmnopqrstuvwxyz';

function preview(status: InvitationStatus = 'OPEN'): InvitationPreviewQuery['invitation'] {
  return {
    __typename: 'InvitationPreview',
    accountName: 'Analytical Engines',
    invitedByName: 'Ada Lovelace',
    role: 'BILLING_USER',
    email: 'b***@acme.example',
    status,
    expiresAt: '2026-01-18T12:00:00.000Z',
  };
}

type Viewer = NonNullable<InvitationViewerQuery['viewer']>;

function signedIn(email: string, accountNames: string[] = ['Own Account']): Viewer {
  return {
    __typename: 'Viewer',
    user: { __typename: 'User', id: 'usr_2', name: 'Bea Billing', email },
    accounts: accountNames.map((name, index) => ({
      __typename: 'AccountMembership',
      account: { __typename: 'Account', id: `acc_${index}`, name },
      current: index === accountNames.length - 1,
    })),
  };
}

const previewAnswer = (status?: InvitationStatus): MockedResponse => ({
  request: { query: InvitationPreviewDocument, variables: { token } },
  result: { data: { invitation: preview(status) } },
});
const viewerAnswer = (viewer: Viewer | null): MockedResponse => ({
  request: { query: InvitationViewerDocument },
  result: { data: { viewer } },
});

// MockedProvider stands in for the Ledgerline server, answering as schema.graphql describes.
function renderInvitation(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[`/invite/${token}`]}>
        <Routes>
          <Route path="/invite/:token" element={<InvitationPage />} />
          <Route path="/" element={<p>Overview page</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the invitation page', () => {
  it('shows a signed-out visitor what the invitation is and sends them to sign in', async () => {
    renderInvitation([previewAnswer(), viewerAnswer(null)]);

    expect(screen.getByRole('status', { name: 'Loading the invitation' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', { name: 'Join Analytical Engines on Ledgerline' }),
    ).toBeTruthy();
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(screen.getByText('b***@acme.example')).toBeTruthy();
    expect(screen.getByText('Billing User')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in to accept' }).getAttribute('href')).toBe(
      `/sign-in?returnTo=${encodeURIComponent(`/invite/${token}`)}`,
    );
  });

  it('accepts for a signed-in person and goes to the Overview', async () => {
    renderInvitation([
      previewAnswer(),
      viewerAnswer(signedIn('bea@acme.example')),
      {
        request: { query: AcceptInviteDocument, variables: { input: { token } } },
        result: {
          data: {
            acceptInvite: {
              __typename: 'AccountMembership',
              account: { __typename: 'Account', id: 'acc_9', name: 'Analytical Engines' },
              role: 'BILLING_USER',
              current: true,
            },
          },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Accept invitation' }));
    expect(await screen.findByText('Overview page')).toBeTruthy();
  });

  it('shows the server’s reason when the signed-in address is not the invited one', async () => {
    renderInvitation([
      previewAnswer(),
      viewerAnswer(signedIn('mallory@evil.example')),
      {
        request: { query: AcceptInviteDocument, variables: { input: { token } } },
        result: {
          errors: [
            new GraphQLError(
              'This invitation is for b***@acme.example. Sign in with that address to accept it.',
              { extensions: { code: 'FORBIDDEN' } },
            ),
          ],
        },
      },
    ]);

    expect(await screen.findByText(/only that address can accept it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This invitation is for b***@acme.example. Sign in with that address to accept it.',
    );
    expect(screen.getByRole('button', { name: 'Sign in with another address' })).toBeTruthy();
  });

  it.each([
    ['EXPIRED' as const, 'This invitation has expired. Ask Ada Lovelace to send you a new one.'],
    ['REVOKED' as const, /This invitation was withdrawn/],
    ['ACCEPTED' as const, 'This invitation has already been used.'],
  ])('says plainly when the link is %s, with nothing to accept', async (status, message) => {
    renderInvitation([previewAnswer(status), viewerAnswer(null)]);

    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Sign in to accept' })).toBeNull();
  });

  it('welcomes someone whose first sign-in through the link joined the account', async () => {
    renderInvitation([
      previewAnswer('ACCEPTED'),
      viewerAnswer(signedIn('bea@acme.example', ['Analytical Engines'])),
    ]);

    expect(
      await screen.findByRole('heading', { name: 'You’ve joined Analytical Engines' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the Overview' }).getAttribute('href')).toBe('/');
  });

  it('says an unknown link is not valid', async () => {
    renderInvitation([
      {
        request: { query: InvitationPreviewDocument, variables: { token } },
        result: {
          errors: [
            new GraphQLError('This invitation link is not valid. Ask for a new one.', {
              extensions: { code: 'NOT_FOUND' },
            }),
          ],
        },
      },
      viewerAnswer(null),
    ]);

    expect(await screen.findByText('This invitation link isn’t valid')).toBeTruthy();
  });

  it('offers a retry when the server cannot be reached', async () => {
    renderInvitation([
      {
        request: { query: InvitationPreviewDocument, variables: { token } },
        error: new TypeError('Failed to fetch'),
      },
      viewerAnswer(null),
    ]);

    const problem = await screen.findByRole('alert');
    expect(within(problem).getByText('We couldn’t open this invitation')).toBeTruthy();
    expect(within(problem).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('hasJoined', () => {
  it('needs the invited address, the account among yours, and a used invitation', () => {
    const bea = signedIn('Bea@acme.example', ['Own Account', 'Analytical Engines']);
    expect(hasJoined(preview('ACCEPTED'), bea)).toBe(true);
    expect(hasJoined(preview('OPEN'), bea)).toBe(false);
    expect(hasJoined(preview('ACCEPTED'), signedIn('bea@acme.example'))).toBe(false);
    expect(
      hasJoined(preview('ACCEPTED'), signedIn('mallory@acme.example', ['Analytical Engines'])),
    ).toBe(false);
    expect(hasJoined(preview('ACCEPTED'), null)).toBe(false);
  });
});
