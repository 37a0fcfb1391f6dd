import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import { mailAttachmentLoader, notificationDirectory } from '../../jobs/notification-directory.js';
import { Account } from '../accounts/index.js';
import { lockIssuedInvoice, recordFailedCollection } from '../billing/index.js';
import { renewDueSubscriptions } from '../billing/renewals/renewal.service.js';
import { recordTrialEndingNotices } from '../billing/renewals/trial-notices.service.js';
import {
  type BillingTestDatabase,
  billing,
  collector,
  createCustomer,
  customerActor,
  depsAt,
  invoicesOf,
  openBillingTestDatabase,
  utc,
} from '../billing/subscriptions/billing.fixture.js';
import { Subscription } from '../billing/subscriptions/subscription.entity.js';
import {
  changeSubscription,
  startSubscription,
} from '../billing/subscriptions/subscription.service.js';
import { addAccountCreator } from '../members/members.service.js';
import { recordBankTransfer } from '../payments/bank-transfer.service.js';
import { User } from '../users/index.js';
import { deliverQueuedMail, type MailRetryPolicy } from './mail/mail-delivery.js';
import { MailMessage } from './mail/mail-message.entity.js';
import { startTestSmtpServer, type TestSmtpServer } from './mail/smtp-server.fixture.js';
import { Notification } from './notification.entity.js';
import { listNotifications, markNotificationsRead } from './notification.query.js';
import {
  notifyAccountSuspension,
  notifyBankTransferDecision,
  notifyMemberInvited,
  processNotificationOutbox,
} from './notify.service.js';
import { enqueueOutboxMessage } from './outbox.service.js';

const policy: MailRetryPolicy = { maxAttempts: 5, retryDelaysMs: [60_000, 300_000] };
const billingEmail = 'billing@acme-notify.example';
const adminEmail = 'ada@acme-notify.example';

describe('notifications: events to in-app notifications and e-mail through SMTP', () => {
  let database: BillingTestDatabase;
  let smtp: TestSmtpServer;
  let config: ReturnType<typeof loadConfig>;
  const clock = new FixedClock(utc('2026-01-10'));
  let accountId: string;
  let adminId: string;

  beforeAll(async () => {
    database = await openBillingTestDatabase();
    smtp = await startTestSmtpServer();
    config = loadConfig({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Vendor Billing <billing@vendor.example>',
      SELLER_NAME: 'Vendor Ltd',
      PUBLIC_URL: 'https://billing.example.com',
    });
    accountId = await createCustomer(database.em(), 'Acme Notify', 'de_individual', clock.now());
    const em = database.em();
    const admin = em.create(User, { email: adminEmail, name: 'Ada Admin' });
    addAccountCreator(em, admin, em.getReference(Account, accountId), clock.now());
    await em.flush();
    adminId = admin.id;
  });
  afterAll(async () => {
    await smtp.close();
    await database.close();
  });

  const process = () =>
    processNotificationOutbox(database.em(), clock, {
      config,
      directory: notificationDirectory(config),
    });
  const deliver = () =>
    deliverQueuedMail(database.em(), clock, {
      config,
      policy,
      attachments: mailAttachmentLoader,
    });
  const travelTo = async (iso: string) => {
    clock.set(utc(iso));
    const run = await renewDueSubscriptions(database.em(), clock, {
      config: { billing },
      collector,
    });
    expect(run.failed).toBe(0);
  };
  /** What SMTP received since the last call: subject → sorted recipients. */
  const drain = () => {
    const got = smtp.received.splice(0).map((mail) => ({
      subject: mail.parsed.subject ?? '',
      to: mail.recipients.join(','),
      text: mail.parsed.text ?? '',
      html: typeof mail.parsed.html === 'string' ? mail.parsed.html : '',
      attachments: mail.parsed.attachments.map((a) => [a.filename, a.contentType, a.size > 1000]),
    }));
    return got.sort((a, b) => (a.subject + a.to < b.subject + b.to ? -1 : 1));
  };

  it('tells every event once: in the app, and by e-mail to whom the alert choices say', async () => {
    const deps = depsAt(clock);
    // A Basic trial (nothing to tell), the trial-ending notice, conversion with an invoice.
    await startSubscription(
      database.em(),
      accountId,
      { planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1, idempotencyKey: 's' },
      customerActor,
      deps,
    );
    clock.set(utc('2026-01-21'));
    expect(await recordTrialEndingNotices(database.em(), clock)).toBe(1);
    await travelTo('2026-01-24');
    const [first] = await invoicesOf(database.em(), accountId);
    // Paid by bank transfer: a receipt.
    clock.set(utc('2026-01-30'));
    await recordBankTransfer(
      database.em(),
      {
        invoiceId: first!.id,
        amount: { amount: first!.amountDue, currency: 'EUR' },
        receivedAt: clock.now(),
        reference: 'ACME-1',
        idempotencyKey: 'bt-1',
      },
      customerActor,
      clock,
    );
    // An upgrade now (invoice + plan change), whose payment then fails (a dunning step).
    clock.set(utc('2026-02-10'));
    const upgraded = await changeSubscription(
      database.em(),
      accountId,
      { planCode: 'advanced', idempotencyKey: 'up' },
      customerActor,
      deps,
    );
    expect(upgraded.outcome).toBe('upgraded');
    await database.em().transactional(async (tx) => {
      const invoice = await lockIssuedInvoice(tx, upgraded.invoiceId!);
      const subscription = await tx.findOneOrFail(Subscription, { account: accountId });
      await recordFailedCollection(
        tx,
        invoice,
        subscription,
        'Your card was declined.',
        clock.now(),
        billing.dunning,
      );
    });
    // A downgrade scheduled for the period end, which then takes effect with the renewal.
    clock.set(utc('2026-02-12'));
    const scheduled = await changeSubscription(
      database.em(),
      accountId,
      { planCode: 'basic', idempotencyKey: 'down' },
      customerActor,
      deps,
    );
    expect(scheduled.outcome).toBe('change_scheduled');
    await travelTo('2026-02-24');
    // The four events other helpers' operations announce, called as they will call them.
    await database.em().transactional(async (tx) => {
      notifyMemberInvited(tx, {
        accountId,
        email: 'new@acme-notify.example',
        roleLabel: 'Viewer',
        inviterName: 'Ada Admin',
        at: clock.now(),
      });
      notifyBankTransferDecision(tx, {
        accountId,
        decision: 'rejected',
        invoiceId: first!.id,
        invoiceNumber: first!.number!,
        amount: 1000,
        currency: 'EUR',
        reference: 'WRONG-REF',
        reason: 'No transfer with this reference arrived.',
        at: clock.now(),
      });
      notifyAccountSuspension(tx, {
        accountId,
        suspended: true,
        reason: 'Terms of service review',
        at: clock.now(),
      });
    });

    // Two runs at once, then another: every event is processed once.
    const runs = await Promise.all([process(), process()]);
    expect(await process()).toMatchObject({ processed: 0, mails: 0 });
    expect(runs[0]!.failed + runs[1]!.failed).toBe(0);
    expect(await deliver()).toMatchObject({ retrying: 0, failed: 0 });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const invoices = await invoicesOf(database.em(), accountId);
    expect(invoices).toHaveLength(3);
    const [inv1, inv2, inv3] = invoices.map((i) => i.number!);
    const toBoth = (subject: string) => [
      [subject, adminEmail],
      [subject, billingEmail],
    ];
    const mails = drain();
    const sent = mails.map(({ subject, to }) => [subject.replace(/€[\d.,]+$/, '€…'), to]);
    const expected = [
      [`Invoice ${inv1} from Vendor Ltd: €…`, billingEmail],
      [`Invoice ${inv2} from Vendor Ltd: €…`, billingEmail],
      [`Invoice ${inv3} from Vendor Ltd: €…`, billingEmail],
      [`Receipt: €32.13 paid for invoice ${inv1}`, billingEmail],
      ...toBoth(`Payment failed for invoice ${inv2}`),
      ...toBoth('Your Basic trial ends on 24 January 2026'),
      ...toBoth('Plan change for Acme Notify: Advanced (10 seats)'),
      ...toBoth('Plan change for Acme Notify: Basic (3 seats)'),
      ...toBoth('Plan change for Acme Notify: Basic (3 seats)'),
      // The transfer decision is in the app only here: payments writes its e-mail.
      ...toBoth('Acme Notify is suspended'),
    ];
    const order = (a: string[], b: string[]) => (a.join('|') < b.join('|') ? -1 : 1);
    expect(sent.sort(order)).toEqual(expected.sort(order));
    // One message per event and address.
    const byTo = await database.em().find(MailMessage, { accountId });
    expect(new Set(byTo.map((m) => `${m.eventId}|${m.toAddress}`)).size).toBe(byTo.length);

    // The invoice e-mail carries the PDF; the failed payment a way to fix it; both parts agree.
    const invoiceMail = mails.find((m) => m.subject.startsWith(`Invoice ${inv1}`))!;
    expect(invoiceMail.attachments).toEqual([[`${inv1}.pdf`, 'application/pdf', true]]);
    expect(invoiceMail.text).toContain(
      `Vendor Ltd issued invoice ${inv1} to Acme Notify. Amount due: €32.13.`,
    );
    expect(invoiceMail.html).toContain(`href="https://billing.example.com/billing/invoices/`);
    const failed = mails.find((m) => m.subject.startsWith('Payment failed'))!;
    expect(failed.text).toContain('(attempt 1): Your card was declined.');
    expect(failed.text).toContain('We will try again on');
    const plans = mails.filter((m) => m.subject.startsWith('Plan change')).map((m) => m.text);
    expect(
      plans.some((t) =>
        t.includes('A plan change is scheduled: Basic (3 seats) from 24 February 2026.'),
      ),
    ).toBe(true);
    expect(
      plans.some((t) =>
        t.includes('The scheduled plan change took effect: the plan is now Basic (3 seats).'),
      ),
    ).toBe(true);

    // In the app: every event, newest first, unread for the admin until marked.
    const scope = { accountId, userId: adminId };
    const page = await listNotifications(database.em(), scope, { first: 50 });
    expect(page.unreadCount).toBe(page.totalCount);
    expect(page.items.map((item) => item.notification.title)).toEqual(
      expect.arrayContaining([
        'Your trial ends on 24 January 2026',
        `Invoice ${inv1} issued`,
        'Payment received: €32.13',
        `Payment failed for invoice ${inv2}`,
        'Plan changed',
        'Member invited',
        'Bank transfer rejected',
        'Account suspended',
      ]),
    );
    expect(page.totalCount).toBe(12);
    expect(await database.em().count(Notification, { accountId })).toBe(12);
    const newest = page.items[0]!.notification;
    expect(
      await markNotificationsRead(database.em(), scope, { ids: [newest.id] }, clock.now()),
    ).toBe(11);
    // Repeating changes nothing; "all" reads the rest.
    expect(
      await markNotificationsRead(database.em(), scope, { ids: [newest.id] }, clock.now()),
    ).toBe(11);
    expect(await markNotificationsRead(database.em(), scope, { all: true }, clock.now())).toBe(0);
    // Another member's read state is their own.
    const other = { accountId, userId: 'usr_somebodyelse' };
    expect((await listNotifications(database.em(), other, {})).unreadCount).toBe(12);
    // Someone else's account's notification cannot be marked.
    await expect(
      markNotificationsRead(
        database.em(),
        { accountId: 'acc_other', userId: adminId },
        { ids: [newest.id] },
        clock.now(),
      ),
    ).rejects.toThrow('Some of these notifications do not exist.');
  });

  it('leaves out the e-mails whose alert topic is off, and never receipts or the last dunning step', async () => {
    const em = database.em();
    const quiet = await createCustomer(em, 'Quiet Co', 'de_individual', clock.now());
    await em.nativeUpdate(Account, { id: quiet }, { alertTopics: [] });
    await database.em().transactional(async (tx) => {
      const base = { accountId: quiet, at: clock.now() };
      enqueueOutboxMessage(tx, {
        ...base,
        topic: 'invoice.issued',
        payload: { invoiceId: 'inv_none', number: 'Q-1', amountDue: 500, currency: 'EUR' },
      });
      enqueueOutboxMessage(tx, {
        ...base,
        topic: 'payment.received',
        payload: { invoiceId: 'inv_none', number: 'Q-1', amount: 500, currency: 'EUR' },
      });
      for (const dunning of ['retry_scheduled', 'account_suspended']) {
        enqueueOutboxMessage(tx, {
          ...base,
          topic: 'payment.failed',
          payload: {
            invoiceId: 'inv_none',
            number: 'Q-1',
            amountDue: 500,
            currency: 'EUR',
            dunning,
            nextAttemptAt: null,
          },
        });
      }
    });
    expect(await process()).toMatchObject({ processed: 4, notifications: 4, mails: 2 });
    const mails = await database.em().find(MailMessage, { accountId: quiet });
    expect(mails.map((m) => m.template).sort()).toEqual(['paymentFailed', 'paymentReceipt']);
    expect(mails.find((m) => m.template === 'paymentFailed')!.text).toContain(
      'Every retry failed, so the account is suspended until the invoice is paid.',
    );
    // Addressed to the billing e-mail (Quiet Co has no Billing Admins).
    expect(new Set(mails.map((m) => m.toAddress))).toEqual(new Set(['billing@quiet-co.example']));
    drain();
    await deliver();
    drain();
  });

  it('keeps mail while the SMTP server is down and delivers it, once, after it returns', async () => {
    const { port } = new URL(smtp.url);
    await smtp.close();
    await database.em().transactional(async (tx) => {
      notifyAccountSuspension(tx, { accountId, suspended: false, reason: null, at: clock.now() });
      notifyBankTransferDecision(tx, {
        accountId,
        decision: 'approved',
        invoiceId: 'inv_x',
        invoiceNumber: 'INV-X',
        amount: 3213,
        currency: 'EUR',
        reference: 'ACME-2',
        reason: null,
        at: clock.now(),
      });
    });
    // The transfer decision adds no mail here (payments writes it); the suspension's two wait.
    expect(await process()).toMatchObject({ processed: 2, mails: 2 });
    expect(await deliver()).toEqual({ sent: 0, retrying: 2, failed: 0 });
    const waiting = await database.em().find(MailMessage, { status: 'queued' });
    expect(waiting).toHaveLength(2);
    expect(waiting.every((m) => m.lastError !== null && m.attempts === 1)).toBe(true);

    smtp = await startTestSmtpServer({ port: Number(port) });
    // Not before the back-off ends …
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.set(new Date(clock.now().getTime() + 61_000));
    expect(await deliver()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(drain().map(({ subject, to }) => [subject, to])).toEqual([
      ['Acme Notify is active again', adminEmail],
      ['Acme Notify is active again', billingEmail],
    ]);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });
});
