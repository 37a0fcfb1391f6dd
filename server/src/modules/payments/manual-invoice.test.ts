import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { recordCreditBalanceEntry } from '../billing/index.js';
import { money } from '../billing/rules/index.js';
import { Invoice } from '../billing/invoices/invoice.entity.js';
import {
  billing,
  type BillingTestDatabase,
  createCustomer,
  openBillingTestDatabase,
  operatorActor,
  utc,
} from '../billing/subscriptions/billing.fixture.js';
import { createManualInvoice, previewManualInvoice } from './manual-invoice.service.js';

/**
 * Manual invoices for a German individual (VAT 19 %). Lines: a workshop 2 × 450.00 = 900.00 and a
 * discount 1 × -100.00: subtotal 800.00. With a credit balance of 50.00: taxable 750.00, VAT
 * 750.00 × 19 % = 142.50, total 892.50.
 */
describe('manual invoices', () => {
  let database: BillingTestDatabase;
  const clock = new FixedClock(utc('2026-05-10T09:00:00Z'));
  const lines = [
    { description: 'On-site workshop (day)', quantity: 2, unitAmount: 45000 },
    { description: 'Loyalty discount', quantity: 1, unitAmount: -10000 },
  ];

  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  async function customerWithCredit(name: string, credit: number): Promise<string> {
    const accountId = await createCustomer(database.em(), name, 'de_individual', clock.now());
    if (credit > 0) {
      const em = database.em();
      recordCreditBalanceEntry(em, {
        accountId,
        amount: money(credit, 'EUR'),
        reason: 'overpayment',
        at: clock.now(),
      });
      await em.flush();
    }
    return accountId;
  }

  it('previews with the billing rules (credit before tax, VAT rounded once) and issues exactly that', async () => {
    const accountId = await customerWithCredit('Workshop Kunde', 5000);
    const input = { accountId, currency: 'EUR', lines };
    const preview = await previewManualInvoice(database.em(), input, billing, clock);
    const draft = preview.drafted.invoice!;
    expect({
      subtotal: draft.subtotal.amount,
      credit: draft.creditApplied.amount,
      tax: draft.tax.amount.amount,
      total: draft.total.amount,
      lines: draft.lines.map((line) => [line.kind, line.quantity, line.amount.amount]),
    }).toEqual({
      subtotal: 80000,
      credit: 5000,
      tax: 14250,
      total: 89250,
      lines: [
        ['manual', 2, 90000],
        ['manual', 1, -10000],
      ],
    });
    expect(preview.dueAt.toISOString()).toBe('2026-06-09T09:00:00.000Z');

    const created = await createManualInvoice(
      database.em(),
      { ...input, idempotencyKey: 'workshop' },
      operatorActor,
      { clock, billing },
    );
    const again = await createManualInvoice(
      database.em(),
      { ...input, idempotencyKey: 'workshop' },
      operatorActor,
      { clock, billing },
    );
    expect(again).toEqual(created);
    const invoice = await database
      .em()
      .findOneOrFail(Invoice, { id: created.invoiceId }, { populate: ['lines'] });
    expect(invoice).toMatchObject({
      status: 'open',
      billingReason: 'manual',
      subscription: null,
      subtotal: 80000,
      creditApplied: 5000,
      taxAmount: 14250,
      taxRateBps: 1900,
      total: 89250,
      amountDue: 89250,
      collectionMethod: 'bank_transfer',
    });
    expect(invoice.number).toMatch(/^INV-2026-05-\d{5}$/);
    expect(invoice.dueAt?.toISOString()).toBe('2026-06-09T09:00:00.000Z');
    expect(invoice.paymentInstructions).toBe(billing.bankTransferInstructions);
    expect(invoice.lines.getItems().map((line) => line.description)).toEqual([
      'On-site workshop (day)',
      'Loyalty discount',
    ]);
    // The credit was used once: a second invoice finds none left.
    const second = await previewManualInvoice(database.em(), input, billing, clock);
    expect(second.drafted.invoice!.creditApplied.amount).toBe(0);
    expect(await database.em().count(Invoice, { account: accountId })).toBe(1);
  });

  it('refuses bad lines with the field named, and issues nothing', async () => {
    const accountId = await customerWithCredit('Careful Kunde', 0);
    const attempt = (input: Partial<Parameters<typeof previewManualInvoice>[1]>) =>
      previewManualInvoice(
        database.em(),
        { accountId, currency: 'EUR', lines, ...input },
        billing,
        clock,
      ).catch((error: { code: string; field?: string }) => [error.code, error.field]);
    expect(await attempt({ currency: 'EURO' })).toEqual(['BAD_USER_INPUT', 'currency']);
    expect(await attempt({ lines: [] })).toEqual(['BAD_USER_INPUT', 'lines']);
    expect(await attempt({ lines: [{ description: ' ', quantity: 1, unitAmount: 100 }] })).toEqual([
      'BAD_USER_INPUT',
      'lines.0.description',
    ]);
    expect(await attempt({ lines: [{ description: 'x', quantity: 0, unitAmount: 100 }] })).toEqual([
      'BAD_USER_INPUT',
      'lines.0.quantity',
    ]);
    expect(await attempt({ lines: [{ description: 'x', quantity: 1, unitAmount: 1.5 }] })).toEqual([
      'BAD_USER_INPUT',
      'lines.0.unitAmount',
    ]);
    expect(await attempt({ lines: [{ description: 'x', quantity: 1, unitAmount: -100 }] })).toEqual(
      ['BAD_USER_INPUT', 'lines'],
    );
    const withoutDetails = await createCustomer(database.em(), 'No Details', null, clock.now());
    await expect(
      previewManualInvoice(
        database.em(),
        { accountId: withoutDetails, currency: 'EUR', lines },
        billing,
        clock,
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'billingDetails' });
    await expect(
      previewManualInvoice(
        database.em(),
        { accountId: 'acc_unknown', currency: 'EUR', lines },
        billing,
        clock,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await database.em().count(Invoice, { account: accountId })).toBe(0);
  });

  it('uses a credit balance once when two manual invoices are issued at once', async () => {
    const accountId = await customerWithCredit('Racing Kunde', 5000);
    const issue = (key: string) =>
      createManualInvoice(
        database.em(),
        { accountId, currency: 'EUR', lines, idempotencyKey: key },
        operatorActor,
        { clock, billing },
      );
    await Promise.all([issue('a'), issue('b')]);
    const invoices = await database.em().find(Invoice, { account: accountId });
    expect(invoices.map((invoice) => invoice.creditApplied).sort()).toEqual([0, 5000]);
    expect(new Set(invoices.map((invoice) => invoice.number)).size).toBe(2);
  });
});
