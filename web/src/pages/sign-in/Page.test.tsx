import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { SignInDocument, type SignInQuery } from '../../graphql/generated';
import { SignInPage } from './Page';

// MockedProvider stands in for the Ledgerline server, which a unit test does not have.
function renderSignIn(mock: MockedResponse<SignInQuery>) {
  return render(
    <MockedProvider mocks={[mock]} cache={createCache()}>
      <MemoryRouter initialEntries={['/sign-in?returnTo=%2Fsettings%2Faccount']}>
        <SignInPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the sign-in page', () => {
  it('offers the development provider as a clearly labelled stand-in for Google', async () => {
    renderSignIn({
      request: { query: SignInDocument },
      result: {
        data: {
          viewer: null,
          authProviders: [
            {
              __typename: 'AuthProvider',
              id: 'dev',
              name: 'Development sign-in',
              development: true,
            },
          ],
        },
      },
    });

    const button = await screen.findByRole('button', { name: /development sign-in/i });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/stands in for google/i)).toBeTruthy();
    expect(screen.getByText(/not for production/i)).toBeTruthy();
  });

  it('offers one button for each configured provider, the development one last and outlined', async () => {
    const provider = (id: string, name: string, development = false) => ({
      __typename: 'AuthProvider' as const,
      id,
      name,
      development,
    });
    renderSignIn({
      request: { query: SignInDocument },
      result: {
        data: {
          viewer: null,
          authProviders: [
            provider('google', 'Google'),
            provider('microsoft', 'Microsoft'),
            provider('github', 'GitHub'),
            provider('dev', 'Development sign-in', true),
          ],
        },
      },
    });

    const buttons = await screen.findAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Continue with Google',
      'Continue with Microsoft',
      'Continue with GitHub',
      'Continue with development sign-in',
    ]);
    expect(buttons.every((b) => b.querySelector('svg') !== null)).toBe(true);
    expect(buttons[3]!.className).toMatch(/outlined/i);
  });

  it('says plainly that sign-in is unavailable when the server cannot be reached', async () => {
    renderSignIn({ request: { query: SignInDocument }, error: new TypeError('Failed to fetch') });

    expect(await screen.findByText('Sign-in is unavailable right now')).toBeTruthy();
    expect(screen.getByText(/couldn’t reach Ledgerline/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
