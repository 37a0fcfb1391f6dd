import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTransport } from 'nodemailer';
import type { Clock } from '../../../clock.js';
import type { MailConfig } from '../../../config.js';
import type { Logger } from '../../../logging.js';
import type { MailAttachmentRef } from './mail-message.entity.js';

/**
 * How queued mail is retried. A failed attempt waits `retryDelaysMs[attempt - 1]` before the next;
 * after `maxAttempts` the message is `failed` (about 2.5 hours of trying with these values).
 */
export interface MailRetryPolicy {
  maxAttempts: number;
  retryDelaysMs: readonly number[];
}

export const defaultMailRetryPolicy: MailRetryPolicy = {
  maxAttempts: 5,
  retryDelaysMs: [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000],
};

/** Bounds on one SMTP conversation, so an attempt always ends well inside its lease. */
const smtpTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * How long a claimed message is reserved for the worker that claimed it. A batch stops sending
 * once half of it has passed and hands its unsent messages back, so a message is never still
 * being sent when its lease runs out and another worker claims it.
 */
const leaseMs = 15 * 60_000;

export interface MailDeliveryRun {
  sent: number;
  /** Failed this time, tried again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
}

/** A file to attach, as the loader fetched it. */
export interface MailAttachmentFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * Fetches an attachment when its message is sent; null when what it names no longer exists (the
 * message then goes without it). The wiring passes billing's invoice PDF here (notifications
 * cannot read invoices). A thrown error fails the attempt, which is retried like an SMTP error.
 */
export type MailAttachmentLoader = (
  em: EntityManager,
  ref: MailAttachmentRef,
) => Promise<MailAttachmentFile | null>;

export interface MailDeliveryOptions {
  config: { mail: MailConfig };
  attachments?: MailAttachmentLoader;
  log?: Logger;
  batchSize?: number;
  policy?: MailRetryPolicy;
  signal?: AbortSignal;
}

interface ClaimedMail {
  id: string;
  to_address: string;
  from_address: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  attachments: MailAttachmentRef[] | null;
}

/**
 * Sends every queued message that is due by `clock`, in batches, through SMTP_URL; without it
 * there is nothing to do (mail written then is in the outbox, not queued). Safe from any number
 * of workers at once.
 *
 * A batch is claimed in one statement (`FOR UPDATE SKIP LOCKED`): it counts the attempt and
 * pushes `next_attempt_at` out by a lease, then commits, so SMTP is spoken outside any database
 * transaction (on the embedded database an open transaction would hold up every request) and a
 * concurrent run skips what is claimed. Each outcome is then recorded: `sent` with the server's
 * answer, or the error with the next attempt's time, or `failed` after the last attempt.
 *
 * Delivery is at least once. If the process dies after the SMTP server accepted a message but
 * before it was marked sent, the lease expires and the message is sent again, with the same
 * Message-ID (which lets mail systems recognise the duplicate). The alternative — marking first,
 * sending after — would silently lose the message instead, and an invite or an invoice that never
 * arrives is worse than one that arrives twice.
 */
export async function deliverQueuedMail(
  em: EntityManager,
  clock: Clock,
  options: MailDeliveryOptions,
): Promise<MailDeliveryRun> {
  const run: MailDeliveryRun = { sent: 0, retrying: 0, failed: 0 };
  const smtpUrl = options.config.mail.smtpUrl;
  if (smtpUrl === null) return run;
  const batchSize = options.batchSize ?? 10;
  const policy = options.policy ?? defaultMailRetryPolicy;
  const stopping = () => options.signal?.aborted === true;
  const transport = createTransport({
    url: smtpUrl,
    ...smtpTimeouts,
    // Messages are stored strings: nothing may make the mailer read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    for (;;) {
      if (stopping()) break;
      const claimedAt = performance.now();
      const batch = await claimDueMail(em, clock.now(), batchSize);
      for (const [index, mail] of batch.entries()) {
        if (stopping() || performance.now() - claimedAt > leaseMs / 2) {
          await releaseClaims(
            em,
            batch.slice(index).map((unsent) => unsent.id),
            clock.now(),
          );
          return run;
        }
        try {
          const files = await attachmentsOf(em, mail, options.attachments);
          const info = await transport.sendMail({
            from: mail.from_address,
            to: mail.to_address,
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
            messageId: messageIdOf(mail),
            attachments: files,
            // RFC 3834: notifications, so out-of-office replies are not sent back.
            headers: { 'Auto-Submitted': 'auto-generated' },
          });
          await markSent(em, mail.id, clock.now(), info.messageId, info.response);
          run.sent += 1;
        } catch (error) {
          const message = errorMessageOf(error);
          const outcome = await recordFailure(em, mail, message, clock.now(), policy);
          run[outcome] += 1;
          options.log?.warn(
            { mailId: mail.id, attempt: mail.attempts, error: message, outcome },
            'mail delivery attempt failed',
          );
        }
      }
      if (batch.length < batchSize) break;
    }
  } finally {
    transport.close();
  }
  return run;
}

async function claimDueMail(em: EntityManager, now: Date, limit: number): Promise<ClaimedMail[]> {
  const rows = await em.getConnection().execute<ClaimedMail[]>(
    `update mail_message m set attempts = m.attempts + 1, next_attempt_at = ?
     where m.id in (
       select id from mail_message
       where status = 'queued' and next_attempt_at <= ?
       order by next_attempt_at, id
       limit ?
       for update skip locked)
     returning m.id, m.to_address, m.from_address, m.subject, m.html, m.text, m.attempts,
       m.attachments`,
    [new Date(now.getTime() + leaseMs), now, limit],
    'all',
  );
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function attachmentsOf(
  em: EntityManager,
  mail: ClaimedMail,
  loader: MailAttachmentLoader | undefined,
): Promise<MailAttachmentFile[]> {
  const refs = mail.attachments ?? [];
  if (refs.length === 0) return [];
  if (loader === undefined) throw new Error('No attachment loader is configured for this worker');
  const files: MailAttachmentFile[] = [];
  for (const ref of refs) {
    const file = await loader(em.fork(), ref);
    if (file !== null) files.push(file);
  }
  return files;
}

/** Claimed but not attempted (the run was stopped): due again at once, the attempt uncounted. */
async function releaseClaims(em: EntityManager, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await em.getConnection().execute(
    `update mail_message set attempts = attempts - 1, next_attempt_at = ?
     where status = 'queued' and id in (select jsonb_array_elements_text(?::jsonb))`,
    [now, JSON.stringify(ids)],
    'run',
  );
}

async function markSent(
  em: EntityManager,
  id: string,
  at: Date,
  messageId: string,
  response: string,
): Promise<void> {
  await em.getConnection().execute(
    `update mail_message
     set status = 'sent', sent_at = ?, smtp_message_id = ?, smtp_response = ?,
         next_attempt_at = null, last_error = null
     where id = ? and status = 'queued'`,
    [at, messageId, response.slice(0, 1000), id],
    'run',
  );
}

/**
 * Schedules the next attempt or gives up. Only the claim that made this attempt may record it
 * (`attempts` still matches), so a worker that overran its lease cannot undo a newer claim.
 */
async function recordFailure(
  em: EntityManager,
  mail: ClaimedMail,
  message: string,
  now: Date,
  policy: MailRetryPolicy,
): Promise<'retrying' | 'failed'> {
  const finalAttempt = mail.attempts >= policy.maxAttempts;
  const delayMs = policy.retryDelaysMs[Math.min(mail.attempts, policy.retryDelaysMs.length) - 1];
  await em.getConnection().execute(
    `update mail_message set status = ?, next_attempt_at = ?, last_error = ?
     where id = ? and status = 'queued' and attempts = ?`,
    [
      finalAttempt ? 'failed' : 'queued',
      finalAttempt ? null : new Date(now.getTime() + (delayMs ?? 0)),
      message,
      mail.id,
      mail.attempts,
    ],
    'run',
  );
  return finalAttempt ? 'failed' : 'retrying';
}

/** The same on every attempt, so a resend after a crash is recognisably the same message. */
function messageIdOf(mail: ClaimedMail): string {
  const from = /<([^<>]+)>\s*$/.exec(mail.from_address)?.[1] ?? mail.from_address;
  const domain = from.slice(from.lastIndexOf('@') + 1).trim() || 'ledgerline.invalid';
  return `<${mail.id}@${domain}>`;
}

/** The SMTP server's answer or the connection error; never the SMTP_URL (it may hold a password). */
function errorMessageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}
