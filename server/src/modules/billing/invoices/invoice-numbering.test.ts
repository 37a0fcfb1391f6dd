import 'reflect-metadata';
import { Account } from '../../accounts/account.entity.js';
import {
  type BillingTestDatabase,
  billing,
  createCustomer,
  openBillingTestDatabase,
  utc,
} from '../subscriptions/billing.fixture.js';
import { Invoice } from './invoice.entity.js';
import { allocateDocumentNumber, allocateDocumentNumbers } from './invoice-numbering.js';
import { finalizeInvoice } from './invoice-issue.service.js';

describe('invoice numbering', () => {
  let database: BillingTestDatabase;
  let accountId: string;

  beforeAll(async () => {
    database = await openBillingTestDatabase();
    accountId = await createCustomer(
      database.em(),
      'Numbered AG',
      'de_individual',
      utc('2026-11-01'),
    );
  });
  afterAll(async () => {
    await database.close();
  });

  async function drafts(count: number): Promise<string[]> {
    const em = database.em();
    const account = em.getReference(Account, accountId);
    const invoices = Array.from({ length: count }, () =>
      em.create(Invoice, {
        account,
        billingReason: 'subscription_update',
        currency: 'EUR',
        subtotal: 1000,
        creditApplied: 0,
        taxAmount: 190,
        taxRateBps: 1900,
        reverseCharge: false,
        total: 1190,
        amountDue: 1190,
        createdAt: utc('2026-11-01'),
      }),
    );
    await em.flush();
    return invoices.map((invoice) => invoice.id);
  }

  async function finalize(invoiceId: string, at: Date): Promise<string> {
    return database.em().transactional(async (tx) => {
      const invoice = await tx.findOneOrFail(Invoice, { id: invoiceId });
      await finalizeInvoice(tx, invoice, at, billing);
      return invoice.number!;
    });
  }

  it('gives 50 concurrent finalizations 50 consecutive numbers, none shared or skipped', async () => {
    const ids = await drafts(50);
    const numbers = await Promise.all(ids.map((id) => finalize(id, utc('2026-11-23T10:00:00Z'))));
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `INV-2026-11-${String(i + 1).padStart(5, '0')}`),
    );
    const stored = await database.em().find(Invoice, { id: { $in: ids } });
    expect(stored.every((invoice) => invoice.status === 'open')).toBe(true);
  });

  it('gives the number of a rolled-back finalization to the next one', async () => {
    const [failing, next] = await drafts(2);
    await expect(
      database.em().transactional(async (tx) => {
        const invoice = await tx.findOneOrFail(Invoice, { id: failing! });
        await finalizeInvoice(tx, invoice, utc('2026-11-24'), billing);
        expect(invoice.number).toBe('INV-2026-11-00051');
        throw new Error('collector exploded');
      }),
    ).rejects.toThrow('collector exploded');
    expect(await finalize(next!, utc('2026-11-24'))).toBe('INV-2026-11-00051');
    const unfinalized = await database.em().findOneOrFail(Invoice, { id: failing! });
    expect(unfinalized).toMatchObject({ status: 'draft', number: null });
  });

  it('numbers by the UTC month of the finalization instant, each month from 00001', async () => {
    const [lastOfNovember, firstOfDecember, berlinMidnight] = await drafts(3);
    expect(await finalize(lastOfNovember!, utc('2026-11-30T23:59:59Z'))).toBe('INV-2026-11-00052');
    expect(await finalize(firstOfDecember!, utc('2026-12-01T00:00:00Z'))).toBe('INV-2026-12-00001');
    // 00:30 on Dec 1 in Berlin is still November in UTC.
    expect(await finalize(berlinMidnight!, new Date('2026-12-01T00:30:00+01:00'))).toBe(
      'INV-2026-11-00053',
    );
  });

  it('keeps credit notes in their own sequence', async () => {
    const number = await database
      .em()
      .transactional((tx) => allocateDocumentNumber(tx, 'CN', utc('2026-11-25')));
    expect(number).toBe('CN-2026-11-00001');
  });

  it('refuses to finalize twice or without billing details', async () => {
    const [id] = await drafts(1);
    await finalize(id!, utc('2026-11-26'));
    await expect(finalize(id!, utc('2026-11-26'))).rejects.toMatchObject({ code: 'CONFLICT' });

    const em = database.em();
    const noDetails = await createCustomer(em, 'No Details Inc', null, utc('2026-11-26'));
    const invoice = em.create(Invoice, {
      account: em.getReference(Account, noDetails),
      billingReason: 'subscription_create',
      currency: 'EUR',
      subtotal: 100,
      creditApplied: 0,
      taxAmount: 0,
      taxRateBps: 0,
      reverseCharge: false,
      total: 100,
      amountDue: 100,
      createdAt: utc('2026-11-26'),
    });
    await em.flush();
    await expect(finalize(invoice.id, utc('2026-11-26'))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'billingDetails',
    });
  });

  it('allocates a block of consecutive numbers in one call, continuing the sequence', async () => {
    const january = utc('2027-01-05');
    const block = await database
      .em()
      .transactional((tx) => allocateDocumentNumbers(tx, 'INV', january, 3));
    expect(block).toEqual(['INV-2027-01-00001', 'INV-2027-01-00002', 'INV-2027-01-00003']);
    const after = await database
      .em()
      .transactional((tx) => allocateDocumentNumber(tx, 'INV', january));
    expect(after).toBe('INV-2027-01-00004');
  });
});
