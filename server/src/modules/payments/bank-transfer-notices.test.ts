import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import type { Actor } from '../audit/index.js';
import { Invoice } from '../billing/invoices/invoice.entity.js';
import {
  type BillingTestDatabase,
  createCustomer,
  openBillingTestDatabase,
  operatorActor,
  utc,
  customerWithOpenInvoice,
} from '../billing/subscriptions/billing.fixture.js';
import { Subscription } from '../billing/subscriptions/subscription.entity.js';
import { OutboxMessage } from '../notifications/index.js';
import { User } from '../users/index.js';
import { BankTransferNotice } from './bank-transfer-notice.entity.js';
import {
  approveBankTransfer,
  listNotices,
  rejectBankTransfer,
  submitBankTransfer,
} from './bank-transfer-notices.service.js';
import { Payment } from './payment.entity.js';

const mail = loadConfig({});

/**
 * Announced bank transfers against a real database: Advanced monthly in EUR for a French business
 * (reverse charge), so the first invoice is 89.00 (8900 cents), open on net terms.
 */
describe('announced bank transfers', () => {
  let database: BillingTestDatabase;
  const clock = new FixedClock(utc('2026-04-03'));

  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  /** An account with an open 89.00 invoice, and the member who will announce the transfer. */
  async function openInvoice(name: string): Promise<{
    accountId: string;
    invoice: Invoice;
    member: Actor;
  }> {
    const { accountId, invoiceId } = await customerWithOpenInvoice(
      () => database.em(),
      name,
      new FixedClock(utc('2026-04-01')),
    );
    const em = database.em();
    const user = em.create(User, { email: `payer@${accountId}.example`, name: 'Pat Payer' });
    await em.flush();
    const invoice = await database.em().findOneOrFail(Invoice, { id: invoiceId });
    expect(invoice).toMatchObject({ status: 'open', amountDue: 8900 });
    return { accountId, invoice, member: { userId: user.id, ip: null, requestId: null } };
  }

  const announce = (
    accountId: string,
    invoiceId: string,
    member: Actor,
    overrides: Partial<Parameters<typeof submitBankTransfer>[2]> = {},
  ) =>
    submitBankTransfer(
      database.em(),
      accountId,
      {
        invoiceId,
        amount: { amount: 8900, currency: 'EUR' },
        sentAt: utc('2026-04-02'),
        reference: 'INV-2026-04 transfer',
        idempotencyKey: 'announce-1',
        ...overrides,
      },
      member,
      clock,
    );

  async function mailsOf(accountId: string) {
    return database
      .em()
      .getConnection()
      .execute<{ to_address: string; template: string; subject: string; text: string }[]>(
        `select to_address, template, subject, text from mail_message where account_id = ? order by to_address`,
        [accountId],
      );
  }

  it('stores an announcement once per key, one waiting per invoice, and refuses bad input with the field named', async () => {
    const { accountId, invoice, member } = await openInvoice('Announcer SARL');
    const first = await announce(accountId, invoice.id, member);
    const replay = await announce(accountId, invoice.id, member);
    expect(replay).toEqual(first);
    await expect(
      announce(accountId, invoice.id, member, { idempotencyKey: 'announce-2' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const other = await createCustomer(
      database.em(),
      'Someone Else SAS',
      'fr_business',
      clock.now(),
    );
    await expect(
      announce(other, invoice.id, member, { idempotencyKey: 'foreign' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Invoice not found.' });

    const bad = async (overrides: Partial<Parameters<typeof submitBankTransfer>[2]>) =>
      announce(accountId, invoice.id, member, { idempotencyKey: 'bad', ...overrides }).catch(
        (error: { code: string; field?: string }) => [error.code, error.field],
      );
    expect(await bad({ amount: { amount: 0, currency: 'EUR' } })).toEqual([
      'BAD_USER_INPUT',
      'amount',
    ]);
    expect(await bad({ amount: { amount: 8900, currency: 'USD' } })).toEqual([
      'BAD_USER_INPUT',
      'amount',
    ]);
    expect(await bad({ sentAt: utc('2026-04-10') })).toEqual(['BAD_USER_INPUT', 'sentAt']);
    expect(await bad({ sentAt: utc('2026-03-01') })).toEqual(['BAD_USER_INPUT', 'sentAt']);
    expect(await bad({ reference: '   ' })).toEqual(['BAD_USER_INPUT', 'reference']);

    const stored = await database.em().find(BankTransferNotice, { account: accountId });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      status: 'pending',
      amount: 8900,
      currency: 'EUR',
      reference: 'INV-2026-04 transfer',
      submittedBy: member.userId,
    });
    const queue = await listNotices(database.em(), { status: 'pending' });
    expect(queue.notices.map((item) => item.notice.id)).toContain(first.noticeId);
    const queued = queue.notices.find((item) => item.notice.id === first.noticeId)!;
    expect(queued).toMatchObject({
      accountName: 'Announcer SARL',
      invoiceAmountDue: 8900,
      submittedByEmail: `payer@${accountId}.example`,
    });
  });

  it('approves into a bank-transfer payment: the invoice is paid, the subscription active, and the customer e-mailed', async () => {
    const { accountId, invoice, member } = await openInvoice('Approved SARL');
    const { noticeId } = await announce(accountId, invoice.id, member);
    const approved = await approveBankTransfer(
      database.em(),
      { noticeId, amount: null, receivedAt: null },
      operatorActor,
      clock,
      mail,
    );
    expect(approved).toMatchObject({ status: 'approved', decidedBy: operatorActor.userId });
    const paid = await database.em().findOneOrFail(Invoice, { id: invoice.id });
    expect(paid).toMatchObject({ status: 'paid', amountPaid: 8900, amountDue: 0 });
    expect(paid.paidAt?.toISOString()).toBe('2026-04-02T00:00:00.000Z');
    const payments = await database.em().find(Payment, { invoice: invoice.id });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      method: 'bank_transfer',
      amount: 8900,
      reference: 'INV-2026-04 transfer',
      recordedBy: operatorActor.userId,
    });
    const subscription = await database
      .em()
      .findOneOrFail(Subscription, { account: accountId, status: { $ne: 'canceled' } });
    expect(subscription.status).toBe('active');

    const mails = await mailsOf(accountId);
    expect(mails.map((m) => [m.to_address, m.template])).toEqual([
      ['billing@approved-sarl.example', 'bankTransferApproved'],
      [`payer@${accountId}.example`, 'bankTransferApproved'],
    ]);
    expect(mails[0]!.subject).toBe(`Bank transfer received for invoice ${invoice.number}`);
    expect(mails[0]!.text).toContain('€89.00');
    expect(mails[0]!.text).toContain('The invoice is paid.');

    // Again: the same outcome, nothing recorded twice, nobody e-mailed twice.
    const again = await approveBankTransfer(
      database.em(),
      { noticeId, amount: null, receivedAt: null },
      operatorActor,
      clock,
      mail,
    );
    expect(again.id).toBe(noticeId);
    expect(await database.em().count(Payment, { invoice: invoice.id })).toBe(1);
    expect(await mailsOf(accountId)).toHaveLength(2);
    await expect(
      rejectBankTransfer(database.em(), { noticeId, reason: 'late' }, operatorActor, clock, mail),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // Members are told in the app too: one event for the decision, however often it is repeated.
    expect(
      await database.em().count(OutboxMessage, { accountId, topic: 'bank_transfer.approved' }),
    ).toBe(1);
  });

  it('approves a partial arrival: the invoice stays open with the rest due, and the e-mail says so', async () => {
    const { accountId, invoice, member } = await openInvoice('Partial SARL');
    const { noticeId } = await announce(accountId, invoice.id, member);
    await approveBankTransfer(
      database.em(),
      { noticeId, amount: 5000, receivedAt: utc('2026-04-03') },
      operatorActor,
      clock,
      mail,
    );
    const stored = await database.em().findOneOrFail(Invoice, { id: invoice.id });
    expect(stored).toMatchObject({ status: 'open', amountPaid: 5000, amountDue: 3900 });
    const [first] = await mailsOf(accountId);
    expect(first!.text).toContain('€50.00');
    expect(first!.text).toContain('€39.00 is still due on the invoice.');
  });

  it('rejects with a reason the customer reads; the invoice stays open and can be announced again', async () => {
    const { accountId, invoice, member } = await openInvoice('Rejected SARL');
    const { noticeId } = await announce(accountId, invoice.id, member);
    await expect(
      rejectBankTransfer(database.em(), { noticeId, reason: '  ' }, operatorActor, clock, mail),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await rejectBankTransfer(
      database.em(),
      { noticeId, reason: 'No transfer with this reference reached our account.' },
      operatorActor,
      clock,
      mail,
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejectionReason: 'No transfer with this reference reached our account.',
    });
    expect(await database.em().findOneOrFail(Invoice, { id: invoice.id })).toMatchObject({
      status: 'open',
      amountDue: 8900,
    });
    const mails = await mailsOf(accountId);
    expect(mails.map((m) => m.template)).toEqual(['bankTransferRejected', 'bankTransferRejected']);
    expect(mails[0]!.text).toContain(
      'Reason: No transfer with this reference reached our account.',
    );
    await expect(
      approveBankTransfer(
        database.em(),
        { noticeId, amount: null, receivedAt: null },
        operatorActor,
        clock,
        mail,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const again = await announce(accountId, invoice.id, member, { idempotencyKey: 'announce-2' });
    expect(again.noticeId).not.toBe(noticeId);
  });

  it('records one payment when two operators approve the same transfer at once', async () => {
    const { accountId, invoice, member } = await openInvoice('Twice Approved SARL');
    const { noticeId } = await announce(accountId, invoice.id, member);
    const approve = () =>
      approveBankTransfer(
        database.em(),
        { noticeId, amount: null, receivedAt: null },
        operatorActor,
        clock,
        mail,
      );
    const outcomes = await Promise.allSettled([approve(), approve(), approve()]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(await database.em().count(Payment, { invoice: invoice.id })).toBe(1);
    expect(await database.em().findOneOrFail(Invoice, { id: invoice.id })).toMatchObject({
      status: 'paid',
      amountPaid: 8900,
    });
    expect(await mailsOf(accountId)).toHaveLength(2);
  });

  it('ends with exactly one outcome when an approval and a rejection race', async () => {
    for (const round of [1, 2, 3]) {
      const { accountId, invoice, member } = await openInvoice(`Race ${round} SARL`);
      const { noticeId } = await announce(accountId, invoice.id, member);
      const [approval, rejection] = await Promise.allSettled([
        approveBankTransfer(
          database.em(),
          { noticeId, amount: null, receivedAt: null },
          operatorActor,
          clock,
          mail,
        ),
        rejectBankTransfer(
          database.em(),
          { noticeId, reason: 'Not on our statement.' },
          operatorActor,
          clock,
          mail,
        ),
      ]);
      const winners = [approval, rejection].filter((o) => o.status === 'fulfilled');
      const losers = [approval, rejection].filter((o) => o.status === 'rejected');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect((losers[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
      const notice = await database.em().findOneOrFail(BankTransferNotice, { id: noticeId });
      const stored = await database.em().findOneOrFail(Invoice, { id: invoice.id });
      const payments = await database.em().count(Payment, { invoice: invoice.id });
      if (approval.status === 'fulfilled') {
        expect([notice.status, stored.status, payments]).toEqual(['approved', 'paid', 1]);
      } else {
        expect([notice.status, stored.status, payments]).toEqual(['rejected', 'open', 0]);
      }
      const templates = (await mailsOf(accountId)).map((m) => m.template);
      expect(new Set(templates)).toEqual(
        new Set([
          approval.status === 'fulfilled' ? 'bankTransferApproved' : 'bankTransferRejected',
        ]),
      );
    }
  });
});
