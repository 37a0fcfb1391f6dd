import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { accountCreditBalance } from '../billing/invoices/credit-balance.service.js';
import { CreditBalanceEntry } from '../billing/invoices/credit-balance.entity.js';
import { CreditNote, Invoice } from '../billing/invoices/invoice.entity.js';
import { voidInvoice } from '../billing/invoices/invoice-void.service.js';
import {
  type BillingTestDatabase,
  openBillingTestDatabase,
  operatorActor,
  utc,
  customerWithOpenInvoice,
} from '../billing/subscriptions/billing.fixture.js';
import { Subscription } from '../billing/subscriptions/subscription.entity.js';
import { recordBankTransfer } from './bank-transfer.service.js';
import { Payment } from './payment.entity.js';

/**
 * A paid start without a trial (the account had one before): Advanced monthly in EUR for a French
 * business with a valid VAT id, so EU reverse charge applies: 89.00, no VAT, due in 30 days.
 */
describe('bank transfers and voids', () => {
  let database: BillingTestDatabase;
  const clock = new FixedClock(utc('2026-04-01'));

  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  async function incompleteSubscription(
    name: string,
  ): Promise<{ accountId: string; invoice: Invoice }> {
    const { accountId, paid } = await customerWithOpenInvoice(() => database.em(), name, clock);
    expect(paid).toMatchObject({ outcome: 'started', subscription: { status: 'incomplete' } });
    const invoice = await database
      .em()
      .findOneOrFail(Invoice, { id: paid.invoiceId! }, { populate: ['lines'] });
    return { accountId, invoice };
  }

  function transfer(invoiceId: string, amount: number, key: string, currency = 'EUR') {
    return recordBankTransfer(
      database.em(),
      {
        invoiceId,
        amount: { amount, currency },
        receivedAt: clock.now(),
        reference: 'SEPA-20260401-0042',
        idempotencyKey: key,
      },
      operatorActor,
      clock,
    );
  }

  it('issues the first invoice open on net terms with reverse charge and payment instructions', async () => {
    const { invoice } = await incompleteSubscription('Société Exemple SA');
    expect(invoice).toMatchObject({
      status: 'open',
      subtotal: 8900,
      taxAmount: 0,
      taxRateBps: 0,
      reverseCharge: true,
      total: 8900,
      amountDue: 8900,
      collectionMethod: 'bank_transfer',
    });
    expect(invoice.taxNote).toMatch(/^Reverse charge/);
    expect(invoice.dueAt?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(invoice.paymentInstructions).toMatch(/IBAN/);
    expect(invoice.buyer?.taxId).toBe('FR40303265045');
  });

  it('pays in parts, activates the subscription once paid, and replays a repeated key', async () => {
    const { accountId, invoice } = await incompleteSubscription('Partial Payer SARL');
    const first = await transfer(invoice.id, 5000, 'part-1');
    expect(first.creditedToBalance).toBe(0);
    let stored = await database.em().findOneOrFail(Invoice, { id: invoice.id });
    expect(stored).toMatchObject({ status: 'open', amountPaid: 5000, amountDue: 3900 });
    let subscription = await database
      .em()
      .findOneOrFail(Subscription, { account: accountId, status: { $ne: 'canceled' } });
    expect(subscription.status).toBe('incomplete');

    // The same request again (a retry) records nothing new.
    expect(await transfer(invoice.id, 5000, 'part-1')).toEqual(first);
    await expect(transfer(invoice.id, 4000, 'part-1')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(transfer(invoice.id, 3900, 'part-2', 'USD')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
    });

    // 40.00 for the 39.00 left: paid, and 1.00 goes to the credit balance.
    const second = await transfer(invoice.id, 4000, 'part-2');
    expect(second.creditedToBalance).toBe(100);
    stored = await database.em().findOneOrFail(Invoice, { id: invoice.id });
    expect(stored).toMatchObject({ status: 'paid', amountPaid: 8900, amountDue: 0 });
    expect(stored.paidAt?.toISOString()).toBe(clock.now().toISOString());
    subscription = await database.em().findOneOrFail(Subscription, { id: subscription.id });
    expect(subscription.status).toBe('active');
    expect(await database.em().count(Payment, { invoice: invoice.id })).toBe(2);
    expect(await accountCreditBalance(database.em(), accountId, 'EUR')).toEqual({
      amount: 100,
      currency: 'EUR',
    });

    await expect(transfer(invoice.id, 100, 'part-3')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('voids an open invoice without a credit note, and a paid one with a credit note to the balance', async () => {
    const open = await incompleteSubscription('Void Open SAS');
    const voided = await voidInvoice(
      database.em(),
      { invoiceId: open.invoice.id, reason: 'Issued by mistake' },
      operatorActor,
      clock,
    );
    expect(voided.creditNote).toBeNull();
    expect(voided.invoice).toMatchObject({
      status: 'void',
      amountDue: 0,
      voidReason: 'Issued by mistake',
    });
    await expect(
      voidInvoice(
        database.em(),
        { invoiceId: open.invoice.id, reason: 'again' },
        operatorActor,
        clock,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const paid = await incompleteSubscription('Void Paid SAS');
    await transfer(paid.invoice.id, 8900, 'full');
    const refunded = await voidInvoice(
      database.em(),
      { invoiceId: paid.invoice.id, reason: 'Goodwill refund' },
      operatorActor,
      clock,
    );
    const note = await database.em().findOneOrFail(CreditNote, { id: refunded.creditNote!.id });
    expect(note).toMatchObject({ number: 'CN-2026-04-00001', amount: 8900, currency: 'EUR' });
    const entries = await database
      .em()
      .find(CreditBalanceEntry, { account: paid.accountId }, { orderBy: { createdAt: 'asc' } });
    expect(entries.map((entry) => [entry.reason, entry.amount])).toEqual([
      ['refund_to_balance', 8900],
    ]);

    await expect(
      voidInvoice(database.em(), { invoiceId: 'inv_missing', reason: 'x' }, operatorActor, clock),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      voidInvoice(database.em(), { invoiceId: paid.invoice.id, reason: ' ' }, operatorActor, clock),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses transfers from the future, empty references and non-positive amounts', async () => {
    const { invoice } = await incompleteSubscription('Strict Input SA');
    const base = {
      invoiceId: invoice.id,
      amount: { amount: 100, currency: 'EUR' },
      receivedAt: clock.now(),
      reference: 'REF',
      idempotencyKey: 'k',
    };
    const fieldOf = (input: typeof base) =>
      recordBankTransfer(database.em(), input, operatorActor, clock).catch(
        (error: { field?: string }) => error.field,
      );
    expect(await fieldOf({ ...base, receivedAt: utc('2026-04-02') })).toBe('receivedAt');
    expect(await fieldOf({ ...base, reference: '  ' })).toBe('reference');
    expect(await fieldOf({ ...base, amount: { amount: 0, currency: 'EUR' } })).toBe('amount');
  });
});
