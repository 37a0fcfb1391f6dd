import 'reflect-metadata';
import { pino } from 'pino';
import { FixedClock } from '../../../clock.js';
import type { Config } from '../../../config.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { waitFor } from '../../../jobs/wait.fixture.js';
import { deliverQueuedMail, type MailRetryPolicy } from './mail-delivery.js';
import { MailMessage } from './mail-message.entity.js';
import { enqueueMail, requestMailDelivery } from './mail.service.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.fixture.js';

const now = new Date('2027-02-01T09:00:00Z');
const minutes = (n: number) => n * 60_000;
const policy: MailRetryPolicy = { maxAttempts: 3, retryDelaysMs: [minutes(1), minutes(5)] };

function inviteTo(to: string, accountName = 'Acme GmbH') {
  return {
    to,
    template: 'invite' as const,
    data: {
      inviterName: 'Ada Admin',
      accountName,
      roleLabel: 'Billing User',
      acceptUrl: 'https://billing.example.com/invite/tok123',
      expiresAt: new Date('2027-02-08T09:00:00Z'),
    },
    accountId: null,
    at: now,
  };
}

describe('mail delivery through SMTP', () => {
  let smtp: TestSmtpServer;
  let server: TestServer;
  let clock: FixedClock;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    server = await startTestServer({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Example Billing <billing@vendor.example>',
        SELLER_NAME: 'Vendor Ltd',
        PUBLIC_URL: 'https://billing.example.com',
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });
  beforeEach(async () => {
    clock = new FixedClock(now);
    smtp.received.length = 0;
    await server.db.orm.em.fork().nativeDelete(MailMessage, {});
  });

  async function enqueue(
    requests: ReturnType<typeof inviteTo>[],
    config: Config = server.config,
  ): Promise<string[]> {
    return server.db.orm.em.fork().transactional(async (tx) => {
      const ids = requests.map((request) => enqueueMail(tx, config, request).id);
      return ids;
    });
  }

  const deliver = (config: Pick<Config, 'mail'> = server.config, batchSize?: number) =>
    deliverQueuedMail(server.db.orm.em.fork(), clock, { config, policy, batchSize });

  const rowOf = (id: string) => server.db.orm.em.fork().findOneOrFail(MailMessage, { id });

  it('sends a queued message once, with its To, Subject, HTML and text parts, and marks it sent', async () => {
    const [id] = await enqueue([inviteTo('jane@customer.example')]);
    expect((await rowOf(id!)).status).toBe('queued');

    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const { parsed, recipients } = smtp.received[0]!;
    expect(recipients).toEqual(['jane@customer.example']);
    expect(parsed.from?.value).toEqual([
      { name: 'Example Billing', address: 'billing@vendor.example' },
    ]);
    expect(parsed.subject).toBe('Join Acme GmbH on Vendor Ltd');
    expect(parsed.html).toContain('<strong>Acme GmbH</strong> as <strong>Billing User</strong>');
    expect(parsed.html).toContain('href="https://billing.example.com/invite/tok123"');
    expect(parsed.text).toContain(
      'Ada Admin invited you to join Acme GmbH as Billing User, to see and manage its billing with Vendor Ltd.',
    );
    expect(parsed.text).toContain('expires on 8 February 2027 at 09:00 UTC');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.messageId).toBe(`<${id}@vendor.example>`);

    const row = await rowOf(id!);
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: now,
      smtpMessageId: `<${id}@vendor.example>`,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(row.smtpResponse).toMatch(/^250 /);

    // Nothing is sent twice.
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends each message exactly once when several runs deliver at the same time', async () => {
    const addresses = Array.from({ length: 24 }, (_, i) => `member${i}@customer.example`);
    await enqueue(addresses.map((to) => inviteTo(to)));

    const runs = await Promise.all([
      deliver(server.config, 3),
      deliver(server.config, 3),
      deliver(server.config, 3),
    ]);

    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(24);
    expect(smtp.received.flatMap((mail) => mail.recipients).sort()).toEqual([...addresses].sort());
    const rows = await server.db.orm.em.fork().find(MailMessage, {});
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(addresses.map(() => ['sent', 1]));
  });

  it('retries a message the server refuses, with backoff, then marks it failed with the error', async () => {
    const refusing = await startTestSmtpServer({
      rejectRecipients: { code: 450, message: 'Mailbox busy, try again later' },
    });
    try {
      const config = { mail: { ...server.config.mail, smtpUrl: refusing.url } };
      const [id] = await enqueue([inviteTo('busy@customer.example')]);

      expect(await deliver(config)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      let row = await rowOf(id!);
      expect(row).toMatchObject({
        status: 'queued',
        attempts: 1,
        nextAttemptAt: new Date(now.getTime() + minutes(1)),
      });
      expect(row.lastError).toContain('450 Mailbox busy, try again later');

      // Not due yet: the backoff holds it back.
      clock.advance(minutes(1) - 1);
      expect(await deliver(config)).toEqual({ sent: 0, retrying: 0, failed: 0 });

      clock.advance(1);
      expect(await deliver(config)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      row = await rowOf(id!);
      expect(row.attempts).toBe(2);
      expect(row.nextAttemptAt).toEqual(new Date(clock.now().getTime() + minutes(5)));

      clock.advance(minutes(5));
      expect(await deliver(config)).toEqual({ sent: 0, retrying: 0, failed: 1 });
      row = await rowOf(id!);
      expect(row).toMatchObject({ status: 'failed', attempts: 3, nextAttemptAt: null });
      expect(row.lastError).toContain('450 Mailbox busy, try again later');
      expect(refusing.rcptAttempts).toBe(3);
      expect(refusing.received).toHaveLength(0);

      // Failed is final: later runs leave it alone.
      clock.advance(minutes(60));
      expect(await deliver(config)).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(refusing.rcptAttempts).toBe(3);
    } finally {
      await refusing.close();
    }
  });

  it('leaves a claimed message to its worker until the lease ends, then sends it again (at least once)', async () => {
    const [id] = await enqueue([inviteTo('crash@customer.example')]);
    // As a worker leaves it that died after the SMTP server accepted the message, before marking it.
    await server.db.orm.em
      .fork()
      .nativeUpdate(
        MailMessage,
        { id },
        { attempts: 1, nextAttemptAt: new Date(now.getTime() + minutes(15)) },
      );

    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(minutes(15));
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });

    expect(smtp.received.map((mail) => mail.parsed.messageId)).toEqual([`<${id}@vendor.example>`]);
    expect(await rowOf(id!)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('keeps mail in the outbox, unsent, when SMTP_URL is not set', async () => {
    const outboxConfig = { ...server.config, mail: { ...server.config.mail, smtpUrl: null } };
    const [id] = await enqueue([inviteTo('dev@customer.example')], outboxConfig);

    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliver(outboxConfig)).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(0);
    expect(await rowOf(id!)).toMatchObject({ status: 'outbox', attempts: 0, sentAt: null });
  });

  it('writes no mail when the transaction that enqueued it rolls back', async () => {
    await expect(
      server.db.orm.em.fork().transactional(async (tx) => {
        enqueueMail(tx, server.config, inviteTo('never@customer.example'));
        await tx.flush();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    expect(await server.db.orm.em.fork().count(MailMessage, {})).toBe(0);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });
});

describe('the deliver-mail job', () => {
  let smtp: TestSmtpServer;
  let server: TestServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    server = await startTestServer({
      env: { SMTP_URL: smtp.url, WORKERS_ENABLED: '1', JOB_POLL_SECONDS: '0.5' },
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('sends mail a request has just committed, without waiting for the next minute', async () => {
    // The run every worker starts with has finished, so only the request below can start one.
    await waitFor('the start-up run', async () => {
      const jobs = await server.jobs.findJobs('deliver-mail');
      return jobs.length > 0 && jobs.every((job) => job.state === 'completed') ? jobs : undefined;
    });
    const before = (await server.jobs.findJobs('deliver-mail')).length;
    await server.db.orm.em.fork().transactional(async (tx) => {
      enqueueMail(tx, server.config, { ...inviteTo('soon@customer.example'), at: new Date() });
    });
    await requestMailDelivery({ jobs: server.jobs, log: pino({ level: 'silent' }) });
    expect((await server.jobs.findJobs('deliver-mail')).length).toBe(before + 1);

    await waitFor('the invite to arrive', () => smtp.received[0]);
    expect(smtp.received[0]!.recipients).toEqual(['soon@customer.example']);
    const [row] = await server.db.orm.em.fork().find(MailMessage, {});
    expect(row?.status).toBe('sent');
  });
});
