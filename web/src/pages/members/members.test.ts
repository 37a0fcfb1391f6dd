import {
  extraGrants,
  openInvitationCount,
  seatSummary,
  toInviteInput,
  validateInviteForm,
} from './members';

describe('seats', () => {
  it('counts open invitations as taken seats, as the server does for SEAT_LIMIT', () => {
    expect(seatSummary(2, 1, 3)).toEqual({
      taken: 3,
      limit: 3,
      percent: 100,
      full: true,
      headline: '3 of 3 seats taken',
      detail: '2 members and 1 open invitation',
    });
  });

  it('says how many of the seats one member takes', () => {
    expect(seatSummary(1, 0, 3)).toMatchObject({
      percent: 33,
      full: false,
      headline: '1 of 3 seats taken',
      detail: '1 member',
    });
    expect(seatSummary(1, 0, 1).headline).toBe('1 of 1 seat taken');
  });

  it('has no bar for a plan without a seat limit', () => {
    expect(seatSummary(12, 2, null)).toMatchObject({
      limit: null,
      full: false,
      headline: 'No seat limit',
      detail: '12 members and 2 open invitations',
    });
  });

  it('counts only open invitations, not expired ones', () => {
    expect(openInvitationCount([{ status: 'OPEN' }, { status: 'EXPIRED' }])).toBe(1);
  });
});

describe('grants', () => {
  it('lists a Billing User’s grants in the order of the choices, paying included', () => {
    expect(
      extraGrants('BILLING_USER', [
        'BILLING_DETAILS_EDIT',
        'PAYMENT_METHODS_MANAGE',
        'INVOICES_PAY',
      ]),
    ).toEqual(['INVOICES_PAY', 'PAYMENT_METHODS_MANAGE', 'BILLING_DETAILS_EDIT']);
  });

  it('gives other roles no extras, whatever is stored', () => {
    expect(extraGrants('VIEWER', ['BILLING_DETAILS_EDIT'])).toEqual([]);
    expect(extraGrants('BILLING_ADMIN', ['BILLING_DETAILS_EDIT'])).toEqual([]);
  });
});

describe('the invite form', () => {
  it('asks for an address, then for a valid one', () => {
    const form = { email: '  ', role: 'VIEWER' as const, grants: [] };
    expect(validateInviteForm(form)).toEqual({ email: 'Enter the e-mail address to invite.' });
    expect(validateInviteForm({ ...form, email: 'bea@acme' })).toEqual({
      email: 'Enter a valid e-mail address, such as jane@example.com.',
    });
    expect(validateInviteForm({ ...form, email: 'bea@acme.example' })).toEqual({});
  });

  it('sends grants for a Billing User only', () => {
    const grants = ['BILLING_DETAILS_EDIT' as const];
    expect(toInviteInput({ email: ' bea@acme.example ', role: 'BILLING_USER', grants })).toEqual({
      email: 'bea@acme.example',
      role: 'BILLING_USER',
      permissions: ['BILLING_DETAILS_EDIT'],
    });
    // Ticked while "Billing User" was chosen, then the role changed: not sent.
    expect(toInviteInput({ email: 'cy@acme.example', role: 'VIEWER', grants })).toEqual({
      email: 'cy@acme.example',
      role: 'VIEWER',
      permissions: [],
    });
  });
});
