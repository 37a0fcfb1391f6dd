import { actionLabel, fieldLabel, targetKind } from './auditLabels';

describe('audit log wording', () => {
  it('names known actions and shows unknown ones as recorded', () => {
    expect(actionLabel('auth.sign_in')).toBe('Signed in');
    expect(actionLabel('auth.sign_up')).toBe('Created the account');
    expect(actionLabel('account.update')).toBe('Renamed the account');
    expect(actionLabel('billing_details.remove')).toBe('Removed billing details');
    expect(actionLabel('members.invite')).toBe('members.invite');
  });

  it('names fields, and makes words of fields it does not know', () => {
    expect(fieldLabel('postalCode')).toBe('Postal code');
    expect(fieldLabel('taxIdValue')).toBe('Tax ID');
    expect(fieldLabel('seatsIncluded')).toBe('Seats included');
    expect(fieldLabel('trial_days')).toBe('Trial days');
  });

  it('tells what an id names from its prefix', () => {
    expect(targetKind('inv_01abc')).toBe('Invoice');
    expect(targetKind('usr_01abc')).toBe('Person');
    expect(targetKind('xyz')).toBe('Object');
  });
});
