import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../../app/ViewerContext';
import {
  ConfirmTwoFactorEnrolmentDocument,
  DisableTwoFactorDocument,
  StartTwoFactorEnrolmentDocument,
  TwoFactorStatusDocument,
  type TwoFactorStatusFieldsFragment,
} from '../../../graphql/generated';
import { TwoFactorSection } from './TwoFactorSection';
import { billingAdminViewer } from '../../../app/viewer.fixture';

const viewer: SignedInViewer = { ...billingAdminViewer, role: 'VIEWER' };

const off: TwoFactorStatusFieldsFragment = {
  __typename: 'TwoFactorStatus',
  enabled: false,
  enabledAt: null,
  backupCodesRemaining: 0,
  requiredByAccount: false,
};
const on: TwoFactorStatusFieldsFragment = {
  ...off,
  enabled: true,
  enabledAt: '2026-10-05T08:00:00.000Z',
  backupCodesRemaining: 10,
};

const statusAnswer = (twoFactor: TwoFactorStatusFieldsFragment): MockedResponse => ({
  request: { query: TwoFactorStatusDocument },
  result: {
    data: {
      viewer: { __typename: 'Viewer', user: { __typename: 'User', id: 'usr_1' }, twoFactor },
    },
  },
});

const backupCodes = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);

// MockedProvider stands in for the Ledgerline server, answering as schema.graphql describes.
function renderSection(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <TwoFactorSection />
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('Two-factor sign-in on the Security page', () => {
  it('sets it up with a QR code and a first code, then shows the ten backup codes once', async () => {
    renderSection([
      statusAnswer(off),
      {
        request: { query: StartTwoFactorEnrolmentDocument },
        result: {
          data: {
            startTwoFactorEnrolment: {
              __typename: 'TwoFactorEnrolment',
              otpauthUrl: 'otpauth://totp/Ledgerline:ada%40example.com?secret=JBSWY3DPEHPK3PXP',
              qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
              manualEntryKey: 'JBSW Y3DP EHPK 3PXP',
            },
          },
        },
      },
      {
        request: {
          query: ConfirmTwoFactorEnrolmentDocument,
          variables: { input: { code: '123456' } },
        },
        result: {
          data: {
            confirmTwoFactorEnrolment: {
              __typename: 'BackupCodesPayload',
              backupCodes,
              twoFactor: on,
            },
          },
        },
      },
      statusAnswer(on),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-factor sign-in' }));
    const qr = await screen.findByRole('img', { name: /QR code/ });
    expect(qr.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(screen.getByLabelText('Key to enter by hand').textContent).toBe('JBSW Y3DP EHPK 3PXP');

    const field = screen.getByRole('textbox', { name: 'Six-digit code' });
    fireEvent.change(field, { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    expect(await screen.findByText('Enter the six digits your app shows.')).toBeTruthy();

    fireEvent.change(field, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    const list = await screen.findByRole('list', { name: 'Backup codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(backupCodes);
    expect(screen.getByText(/only time you’ll see them/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/10 of 10 backup codes left/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Backup codes' })).toBeNull();
  });

  it('asks for a code to turn it off and shows why a code was refused', async () => {
    renderSection([
      statusAnswer(on),
      {
        request: { query: DisableTwoFactorDocument, variables: { input: { code: '000000' } } },
        result: {
          errors: [
            new GraphQLError('That code didn’t work. Enter the current code from your app.', {
              extensions: { code: 'BAD_USER_INPUT', field: 'code' },
            }),
          ],
        },
      },
      {
        request: { query: DisableTwoFactorDocument, variables: { input: { code: '111111' } } },
        result: {
          errors: [
            new GraphQLError('Too many wrong codes.', {
              extensions: { code: 'RATE_LIMITED', resetAt: '2026-10-05T08:15:00.000Z' },
            }),
          ],
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Turn off' }));
    const dialog = screen.getByRole('dialog', { name: 'Turn off two-factor sign-in?' });
    const field = within(dialog).getByRole('textbox', {
      name: 'Code from your app or a backup code',
    });
    fireEvent.change(field, { target: { value: '000 000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(await within(dialog).findByText(/That code didn’t work/)).toBeTruthy();

    fireEvent.change(field, { target: { value: '111111' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(await within(dialog).findByText(/Too many wrong codes. For your security/)).toBeTruthy();
  });

  it('cannot be turned off while the account requires it', async () => {
    renderSection([statusAnswer({ ...on, requiredByAccount: true, backupCodesRemaining: 1 })]);
    const turnOff = await screen.findByRole('button', { name: 'Turn off' });
    expect(turnOff.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/requires two-factor sign-in, so it can’t be turned off/)).toBeTruthy();
    expect(screen.getByText(/running out of backup codes/)).toBeTruthy();
  });
});
