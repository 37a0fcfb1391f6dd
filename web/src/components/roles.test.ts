import type { Permission, Role } from '../graphql/generated';
import { permissionDescription, roleLabel, roleSummary, sortPermissions } from './roles';

describe('role labels', () => {
  it.each<[Role, string]>([
    ['BILLING_ADMIN', 'Billing Admin'],
    ['BILLING_USER', 'Billing User'],
    ['VIEWER', 'Viewer'],
  ])('calls %s "%s"', (role, label) => {
    expect(roleLabel(role)).toBe(label);
  });

  it('still shows something readable for a role newer than this build', () => {
    expect(roleLabel('ACCOUNTANT' as Role)).toBe('Accountant');
  });
});

describe('permission wording', () => {
  it('describes each permission in plain words', () => {
    expect(permissionDescription('INVOICES_PAY')).toBe('Pay open invoices');
    expect(permissionDescription('MEMBERS_MANAGE')).toBe('Invite members and change their roles');
    expect(permissionDescription('BILLING_DETAILS_EDIT')).toBe('Edit billing details and tax ID');
  });

  it('turns an unknown permission code into words instead of showing the code', () => {
    expect(permissionDescription('EXPORTS_RUN' as Permission)).toBe('Exports run');
  });

  it('lists permissions from seeing to administering, once each', () => {
    expect(
      sortPermissions([
        'AUDIT_READ',
        'INVOICES_PAY',
        'BILLING_READ',
        'INVOICES_PAY',
        'PLAN_MANAGE',
      ]),
    ).toEqual(['BILLING_READ', 'INVOICES_PAY', 'PLAN_MANAGE', 'AUDIT_READ']);
  });

  it('leaves out what the product cannot do yet: managing payment methods', () => {
    expect(sortPermissions(['PAYMENT_METHODS_MANAGE', 'INVOICES_PAY'])).toEqual(['INVOICES_PAY']);
    expect(roleSummary('BILLING_ADMIN')).not.toMatch(/payment method/i);
  });
});
