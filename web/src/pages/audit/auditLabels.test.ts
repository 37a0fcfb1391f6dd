import { fieldLabel, targetName } from './auditLabels';

describe('audit log wording', () => {
  it('names fields, and makes words of fields it does not know', () => {
    expect(fieldLabel('postalCode')).toBe('Postal code');
    expect(fieldLabel('taxIdValue')).toBe('Tax ID');
    expect(fieldLabel('seatsIncluded')).toBe('Seats included');
    expect(fieldLabel('trial_days')).toBe('Trial days');
  });

  it('names a target by the kind the server gives it and what the event recorded', () => {
    const detail = (key: string, value: string) => ({
      __typename: 'AuditDetail' as const,
      key,
      value,
    });
    expect(
      targetName({ targetKind: 'Invoice', details: [detail('number', 'INV-2026-01-00001')] }),
    ).toBe('Invoice INV-2026-01-00001');
    expect(
      targetName({ targetKind: 'Invitation', details: [detail('email', 'ada@example.com')] }),
    ).toBe('Invitation ada@example.com');
    expect(targetName({ targetKind: 'Member', details: [] })).toBe('Member');
    expect(targetName({ targetKind: null, details: [] })).toBe('Record');
  });
});
