import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../../app/apolloClient';
import { ViewerProvider, type SignedInViewer } from '../../app/ViewerContext';
import {
  ChangeMemberRoleDocument,
  InviteMemberDocument,
  LeaveAccountDocument,
  MembersPageDocument,
  type InvitationListFragment,
  type MemberListFragment,
  type MembersPageQuery,
} from '../../graphql/generated';
import { MembersPage } from './Page';
import { billingAdminViewer } from '../../app/viewer.fixture';

const admin: SignedInViewer = {
  ...billingAdminViewer,
  permissions: ['BILLING_READ', 'MEMBERS_MANAGE'],
  user: { __typename: 'User', id: 'usr_1', name: 'Ada Lovelace', email: 'ada@acme.example' },
};

function member(id: string, name: string, fields: Partial<MemberListFragment> = {}) {
  return {
    __typename: 'Member' as const,
    id,
    role: 'VIEWER' as const,
    grants: [],
    permissions: ['BILLING_READ' as const, 'INVOICES_DOWNLOAD' as const],
    joinedAt: '2026-01-10T12:00:00.000Z',
    isYou: false,
    user: {
      __typename: 'User' as const,
      id: `usr_${id}`,
      name,
      email: `${name.split(' ')[0]!.toLowerCase()}@acme.example`,
    },
    ...fields,
  };
}

const ada = member('mem_1', 'Ada Lovelace', {
  role: 'BILLING_ADMIN',
  isYou: true,
  permissions: ['BILLING_READ', 'MEMBERS_MANAGE'],
});
const bea = member('mem_2', 'Bea Billing', {
  role: 'BILLING_USER',
  grants: ['INVOICES_PAY', 'BILLING_DETAILS_EDIT'],
});

const invitation = (fields: Partial<InvitationListFragment> = {}): InvitationListFragment => ({
  __typename: 'Invitation',
  id: 'inv_1',
  email: 'cy@acme.example',
  role: 'VIEWER',
  grants: [],
  createdAt: '2026-01-11T12:00:00.000Z',
  sentAt: '2026-01-11T12:00:00.000Z',
  expiresAt: '2026-01-18T12:00:00.000Z',
  status: 'OPEN',
  invitedBy: { __typename: 'User', id: 'usr_1', name: 'Ada Lovelace' },
  ...fields,
});

function membersAnswer(
  members: MemberListFragment[],
  invitations: InvitationListFragment[] = [],
  seats = 3,
): MockedResponse<MembersPageQuery> {
  return {
    request: { query: MembersPageDocument },
    result: {
      data: {
        __typename: 'Query',
        members,
        invitations,
        account: {
          __typename: 'Account',
          id: 'acc_1',
          usage: [
            { __typename: 'UsageMeter', key: 'seats', used: members.length, limit: seats },
            { __typename: 'UsageMeter', key: 'api_tokens', used: 0, limit: 2 },
          ],
        },
      },
    },
  };
}

// MockedProvider stands in for the Ledgerline server: each answer is the one schema.graphql
// describes for exactly the operation and input the page is expected to send.
function renderPage(mocks: MockedResponse[], viewer: SignedInViewer = admin) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ViewerProvider value={viewer}>
        <MemoryRouter initialEntries={['/members']}>
          <MembersPage />
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

function rowOf(tableName: string, text: string) {
  const table = screen.getByRole('table', { name: tableName });
  return within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(text))!;
}

describe('the members page', () => {
  it('lists members with role, extra permissions and "You", and the pending invitations', async () => {
    renderPage([
      membersAnswer(
        [ada, bea],
        [invitation(), invitation({ id: 'inv_2', email: 'old@acme.example', status: 'EXPIRED' })],
      ),
    ]);

    expect(screen.getByRole('status', { name: 'Loading members' })).toBeTruthy();
    await screen.findByRole('table', { name: 'Members' });
    expect(rowOf('Members', 'Ada').textContent).toContain('You');
    const beaRow = rowOf('Members', 'Bea');
    expect(beaRow.textContent).toContain('bea@acme.example');
    expect(beaRow.textContent).toContain('Billing User');
    // Each grant shows, paying invoices (the default) included.
    expect(within(beaRow).getByText('Billing details')).toBeTruthy();
    expect(within(beaRow).getByText('Pays invoices')).toBeTruthy();

    expect(rowOf('Pending invitations', 'cy@').textContent).toContain('Ada Lovelace');
    expect(within(rowOf('Pending invitations', 'old@')).getByText('Expired')).toBeTruthy();
    // Two members and one open invitation: the expired one holds no seat.
    expect(screen.getByText('3 of 3 seats taken')).toBeTruthy();
    expect(screen.getByText(/Every seat is taken/)).toBeTruthy();
    expect(screen.queryByText('Just you so far')).toBeNull();
  });

  it('says "Just you so far" with an Invite button when nobody else is there', async () => {
    renderPage([membersAnswer([ada])]);

    expect(await screen.findByText('Just you so far')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Invite member' })).toHaveLength(2);
    expect(screen.getByText('1 of 3 seats taken')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Pending invitations' })).toBeNull();
  });

  it('turns the header’s Invite off when every seat is taken, saying why and where to get more', async () => {
    renderPage([membersAnswer([ada, bea], [invitation()])]);

    await screen.findByText('3 of 3 seats taken');
    const invite = screen.getByRole('button', { name: 'Invite member' });
    expect((invite as HTMLButtonElement).disabled).toBe(true);
    const reason = document.getElementById(invite.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).toBe('All 3 seats are taken. Change plan to add seats.');
    expect(within(reason).getByRole('link', { name: 'Change plan' }).getAttribute('href')).toBe(
      '/billing/plans',
    );
    fireEvent.click(invite);
    expect(screen.queryByRole('dialog', { name: 'Invite a member' })).toBeNull();
  });

  it('keeps the header’s Invite on while a seat is free', async () => {
    renderPage([membersAnswer([ada, bea])]);

    await screen.findByText('2 of 3 seats taken');
    const [invite] = screen.getAllByRole('button', { name: 'Invite member' });
    expect((invite as HTMLButtonElement).disabled).toBe(false);
    expect(invite!.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(invite!);
    expect(screen.getByRole('dialog', { name: 'Invite a member' })).toBeTruthy();
  });

  it('offers a retry when the members cannot be loaded', async () => {
    renderPage([
      { request: { query: MembersPageDocument }, error: new TypeError('Failed to fetch') },
    ]);

    expect(await screen.findByText('We couldn’t load the members')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('tells someone without MEMBERS_MANAGE who manages members, and offers no invite', () => {
    renderPage([], { ...admin, role: 'BILLING_USER', permissions: ['BILLING_READ'] });

    expect(screen.getByText('Only Billing Admins manage members')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Invite member' })).toBeNull();
  });

  it('invites a Billing User with a grant and shows the link once, to copy', async () => {
    const invited = invitation({
      id: 'inv_9',
      email: 'bea@acme.example',
      role: 'BILLING_USER',
      grants: ['BILLING_DETAILS_EDIT'],
    });
    renderPage([
      membersAnswer([ada]),
      {
        request: {
          query: InviteMemberDocument,
          variables: {
            input: {
              email: 'bea@acme.example',
              role: 'BILLING_USER',
              permissions: ['BILLING_DETAILS_EDIT'],
            },
          },
        },
        result: {
          data: {
            inviteMember: {
              __typename: 'InvitationSentPayload',
              inviteUrl: 'https://billing.example/invite/abc',
              invitation: invited,
            },
          },
        },
      },
      membersAnswer([ada], [invited]),
    ]);

    fireEvent.click((await screen.findAllByRole('button', { name: 'Invite member' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Invite a member' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /E-mail/ }), {
      target: { value: 'bea@acme.example' },
    });
    // Grants appear only for a Billing User; paying is on by default, and can be taken away.
    expect(within(dialog).queryByRole('checkbox', { name: /billing details/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Billing User/ }));
    const pay = within(dialog).getByRole('checkbox', { name: 'Pay open invoices' });
    expect((pay as HTMLInputElement).checked).toBe(true);
    fireEvent.click(pay);
    fireEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Edit billing details and tax ID' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create invitation' }));

    const linkDialog = await screen.findByRole('dialog', { name: 'Invitation created' });
    expect(within(linkDialog).getByLabelText('Invitation link').textContent).toBe(
      'https://billing.example/invite/abc',
    );
    expect(linkDialog.textContent).toContain(
      'We e-mailed this link to bea@acme.example; you can also share it yourself. It works only for that address, once, for 7 days.',
    );
    expect(within(linkDialog).getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });

  it('turns SEAT_LIMIT into an upgrade hint pointing to the plans', async () => {
    renderPage([
      membersAnswer([ada]),
      {
        request: {
          query: InviteMemberDocument,
          variables: { input: { email: 'cy@acme.example', role: 'VIEWER', permissions: [] } },
        },
        result: {
          errors: [
            new GraphQLError('Your Free plan has 1 seat, all taken (1 member).', {
              extensions: {
                code: 'SEAT_LIMIT',
                seatsAllowed: 1,
                seatsUsed: 1,
                upgradePlan: 'basic',
              },
            }),
          ],
        },
      },
    ]);

    fireEvent.click((await screen.findAllByRole('button', { name: 'Invite member' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Invite a member' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /E-mail/ }), {
      target: { value: 'cy@acme.example' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create invitation' }));

    const hint = await within(dialog).findByRole('alert');
    expect(hint.textContent).toContain('All seats are taken');
    expect(hint.textContent).toContain('Your Free plan has 1 seat, all taken (1 member).');
    expect(within(hint).getByRole('link', { name: 'See plans' }).getAttribute('href')).toBe(
      '/billing/plans',
    );
  });

  it('shows the server’s field error under the e-mail', async () => {
    renderPage([
      membersAnswer([ada]),
      {
        request: {
          query: InviteMemberDocument,
          variables: { input: { email: 'cy@acme.example', role: 'VIEWER', permissions: [] } },
        },
        result: {
          errors: [
            new GraphQLError('That address cannot receive invitations.', {
              extensions: { code: 'BAD_USER_INPUT', field: 'email' },
            }),
          ],
        },
      },
    ]);

    fireEvent.click((await screen.findAllByRole('button', { name: 'Invite member' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Invite a member' });
    const field = within(dialog).getByRole('textbox', { name: /E-mail/ });
    fireEvent.change(field, { target: { value: 'cy@acme.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create invitation' }));

    expect(
      await within(dialog).findByText('That address cannot receive invitations.'),
    ).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('explains the consequence before removing a member', async () => {
    renderPage([membersAnswer([ada, bea])]);

    await screen.findByRole('table', { name: 'Members' });
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Bea Billing' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Remove from account…' }));

    const confirm = screen.getByRole('dialog', { name: 'Remove Bea Billing?' });
    expect(confirm.textContent).toContain(
      'their sessions in this account end and the API tokens they created stop working',
    );
    // Only others can be removed; you leave instead.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Actions for you' }));
    expect(screen.queryByRole('menuitem', { name: 'Remove from account…' })).toBeNull();
    expect(screen.getByRole('menuitem', { name: 'Leave account…' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Transfer ownership…' })).toBeNull();
  });

  it('shows why the last Billing Admin cannot step down', async () => {
    renderPage([
      membersAnswer([ada, bea]),
      {
        request: {
          query: ChangeMemberRoleDocument,
          variables: { input: { memberId: 'mem_1', role: 'VIEWER' } },
        },
        result: {
          errors: [
            new GraphQLError(
              'An account needs a Billing Admin: make another member Billing Admin first, or transfer ownership.',
              { extensions: { code: 'CONFLICT' } },
            ),
          ],
        },
      },
    ]);

    await screen.findByRole('table', { name: 'Members' });
    fireEvent.click(screen.getByRole('button', { name: 'Actions for you' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Change role…' }));
    const dialog = screen.getByRole('dialog', { name: 'Change your role' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Viewer/ }));
    expect(within(dialog).getByText(/You won’t be able to manage members/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(within(dialog).getByText(/^An account needs a Billing Admin/)).toBeTruthy(),
    );
  });

  const billingUser: SignedInViewer = {
    ...admin,
    role: 'BILLING_USER',
    permissions: ['BILLING_READ', 'INVOICES_DOWNLOAD'],
  };

  it('lets a member who does not manage members leave, after confirming', async () => {
    renderPage(
      [
        {
          request: { query: LeaveAccountDocument },
          result: {
            data: {
              leaveAccount: {
                __typename: 'AccountMembership',
                account: { __typename: 'Account', id: 'acc_2', name: 'Own Ltd' },
                role: 'BILLING_ADMIN',
                current: true,
              },
            },
          },
        },
      ],
      billingUser,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Leave account…' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave Analytical Engines?' });
    expect(within(dialog).getByText(/a Billing Admin has to invite you again/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Leave account' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Leave Analytical Engines?' })).toBeNull(),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the server’s reason when leaving is refused', async () => {
    renderPage(
      [
        {
          request: { query: LeaveAccountDocument },
          result: {
            errors: [
              new GraphQLError(
                'An account needs a Billing Admin: make another member Billing Admin first, or transfer ownership.',
                { extensions: { code: 'CONFLICT' } },
              ),
            ],
          },
        },
      ],
      billingUser,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Leave account…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave account' }));
    expect(await screen.findByText(/^An account needs a Billing Admin/)).toBeTruthy();
  });
});
