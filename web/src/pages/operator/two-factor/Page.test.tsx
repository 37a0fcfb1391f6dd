import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../../app/apolloClient';
import { operatorViewer as operator } from '../../../app/viewer.fixture';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import { ResetTwoFactorDocument } from '../../../graphql/generated';
import { TwoFactorResetPage } from './Page';

const resetOf = (email: string, reason: string) => ({
  query: ResetTwoFactorDocument,
  variables: { input: { email, reason } },
});

// MockedProvider stands in for the server, answering as schema.graphql describes.
function renderPage(mocks: MockedResponse[], viewer: SignedInViewer = operator) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter>
          <TwoFactorResetPage />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

/** The dialog closes with a transition; until then the page behind it is hidden from queries. */
const dialogClosed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

function fillIn(email: string, reason: string) {
  fireEvent.change(screen.getByRole('textbox', { name: /E-mail address/ }), {
    target: { value: email },
  });
  fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: reason } });
  fireEvent.click(screen.getByRole('button', { name: 'Reset two-factor sign-in' }));
}

describe('two-factor reset page', () => {
  it('resets after confirming, and says what happened', async () => {
    renderPage([
      {
        request: resetOf('ada@acme.example', 'Ticket 4711: lost phone'),
        result: {
          data: {
            resetTwoFactor: {
              __typename: 'ResetTwoFactorPayload',
              email: 'ada@acme.example',
              resetAt: '2026-11-30T09:15:00.000Z',
              sessionsEnded: 2,
            },
          },
        },
      },
    ]);
    fillIn(' ada@acme.example ', ' Ticket 4711: lost phone ');
    const dialog = await screen.findByRole('dialog', { name: 'Reset two-factor sign-in?' });
    expect(within(dialog).getByText('ada@acme.example')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset' }));

    await dialogClosed();
    const done = await screen.findByRole('alert');
    expect(done.textContent).toMatch(/Two-factor sign-in of ada@acme\.example was reset at/);
    expect(done.textContent).toMatch(/2 sessions were signed out\. They have been e-mailed\./);
    expect(
      (screen.getByRole('textbox', { name: /E-mail address/ }) as HTMLInputElement).value,
    ).toBe('');
  });

  it('asks for an address and a reason before confirming anything', () => {
    renderPage([]);
    fillIn('', '');
    expect(screen.getByText('Enter the e-mail address the person signs in with.')).toBeTruthy();
    expect(screen.getByText('Say why: the ticket and how you checked who asked.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each([
    ['NOT_FOUND', 'Nobody signs in with nobody@acme.example.', {}],
    [
      'CONFLICT',
      'nobody@acme.example does not use two-factor sign-in: there is nothing to reset. They can sign in without a code.',
      { reason: 'TWO_FACTOR_NOT_ENABLED' },
    ],
  ])('shows the server’s answer for %s', async (code, message, extensions) => {
    renderPage([
      {
        request: resetOf('nobody@acme.example', 'Ticket 1'),
        result: { errors: [new GraphQLError(message, { extensions: { code, ...extensions } })] },
      },
    ]);
    fillIn('nobody@acme.example', 'Ticket 1');
    fireEvent.click(await screen.findByRole('button', { name: 'Reset' }));
    expect(await screen.findByText(message)).toBeTruthy();
    await dialogClosed();
    // The form keeps what was typed, to correct it.
    expect(
      (screen.getByRole('textbox', { name: /E-mail address/ }) as HTMLInputElement).value,
    ).toBe('nobody@acme.example');
  });

  it('cancels without resetting', async () => {
    renderPage([]);
    fillIn('ada@acme.example', 'Ticket 4711');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await dialogClosed();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
