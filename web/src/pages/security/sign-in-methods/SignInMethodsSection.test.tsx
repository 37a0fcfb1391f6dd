import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import {
  SignInMethodsDocument,
  UnlinkIdentityDocument,
  type SignInIdentityFieldsFragment,
  type SignInMethodsQuery,
} from '../../../graphql/generated';
import { SignInMethodsSection } from './SignInMethodsSection';

const google: SignInIdentityFieldsFragment = {
  __typename: 'SignInIdentity',
  id: 'idn_google',
  provider: 'google',
  providerName: 'Google',
  email: 'ada@example.com',
  linkedAt: '2026-03-02T10:00:00.000Z',
  lastUsedAt: '2026-11-20T10:00:00.000Z',
};
const github: SignInIdentityFieldsFragment = {
  ...google,
  id: 'idn_github',
  provider: 'github',
  providerName: 'GitHub',
  email: 'ada@lovelace.example',
  lastUsedAt: null,
};

const offered: SignInMethodsQuery['authProviders'] = [
  { __typename: 'AuthProvider', id: 'google', name: 'Google', development: false },
  { __typename: 'AuthProvider', id: 'microsoft', name: 'Microsoft', development: false },
  { __typename: 'AuthProvider', id: 'github', name: 'GitHub', development: false },
];

function methodsAnswer(
  identities: SignInIdentityFieldsFragment[],
  authProviders = offered,
): MockedResponse<SignInMethodsQuery> {
  return {
    request: { query: SignInMethodsDocument },
    result: {
      data: {
        viewer: { __typename: 'Viewer', user: { __typename: 'User', id: 'usr_1' }, identities },
        authProviders,
      },
    },
  };
}

// MockedProvider stands in for the Ledgerline server, answering as schema.graphql describes.
function renderSection(mocks: MockedResponse[], path = '/settings/security') {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <SignInMethodsSection />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('Sign-in methods on the Security page', () => {
  it('lists linked identities and offers to link the providers not linked yet', async () => {
    renderSection([methodsAnswer([google, github])]);

    const list = await screen.findByRole('list', { name: 'Your sign-in methods' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('ada@example.com')).toBeTruthy();
    expect(within(rows[0]!).getByText(/Linked .* · last used /)).toBeTruthy();
    expect(within(rows[1]!).getByText(/not used yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Link Microsoft' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Link Google' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Link GitHub' })).toBeNull();
  });

  it('does not let the only sign-in method be unlinked, and says why', async () => {
    renderSection([methodsAnswer([google])]);

    const unlink = await screen.findByRole('button', { name: 'Unlink' });
    expect((unlink as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Your only sign-in method')).toBeTruthy();
  });

  it('unlinks after confirming, and the list follows the answer', async () => {
    renderSection([
      methodsAnswer([google, github]),
      {
        request: { query: UnlinkIdentityDocument, variables: { input: { id: 'idn_github' } } },
        result: {
          data: {
            unlinkIdentity: { __typename: 'UnlinkIdentityPayload', identities: [google] },
          },
        },
      },
    ]);

    const list = await screen.findByRole('list', { name: 'Your sign-in methods' });
    fireEvent.click(within(within(list).getAllByRole('listitem')[1]!).getByRole('button'));
    const dialog = screen.getByRole('dialog', { name: 'Stop signing in with GitHub?' });
    expect(within(dialog).getByText(/ada@lovelace\.example/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unlink' }));

    expect(await screen.findByText('GitHub no longer signs you in.')).toBeTruthy();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Link GitHub' })).toBeTruthy();
  });

  it('keeps the dialog open with the server’s reason when unlinking is refused', async () => {
    renderSection([
      methodsAnswer([google, github]),
      {
        request: { query: UnlinkIdentityDocument, variables: { input: { id: 'idn_google' } } },
        result: {
          errors: [
            new GraphQLError(
              'This is your only way to sign in. Link another sign-in method before removing this one.',
              { extensions: { code: 'CONFLICT' } },
            ),
          ],
        },
      },
    ]);

    const list = await screen.findByRole('list', { name: 'Your sign-in methods' });
    fireEvent.click(within(within(list).getAllByRole('listitem')[0]!).getByRole('button'));
    const dialog = screen.getByRole('dialog', { name: 'Stop signing in with Google?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unlink' }));
    expect(await within(dialog).findByText(/your only way to sign in/)).toBeTruthy();
  });

  it('says every offered method is linked when there is nothing left to link', async () => {
    renderSection([methodsAnswer([google], [offered[0]!])]);
    expect(
      await screen.findByText('Every sign-in method this site offers is linked.'),
    ).toBeTruthy();
  });

  it('confirms a link that just came back from the provider', async () => {
    renderSection([methodsAnswer([google, github])], '/settings/security?linked=github');
    expect(
      await screen.findByText('GitHub is linked. You can sign in with it from now on.'),
    ).toBeTruthy();
  });

  it('shows an error with a retry when the methods cannot be loaded', async () => {
    renderSection([
      { request: { query: SignInMethodsDocument }, error: new TypeError('Failed to fetch') },
    ]);
    expect(await screen.findByText('We couldn’t load your sign-in methods')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a loading state first', () => {
    renderSection([methodsAnswer([google])]);
    expect(screen.getByRole('status', { name: 'Loading sign-in methods' })).toBeTruthy();
  });
});
