import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logging.js';
import { composeNotification, mailRecipients, type NotificationDirectory } from './compose.js';
import { enqueueMail, type MailSettings } from './mail/mail.service.js';
import { Notification } from './notification.entity.js';
import { OutboxMessage } from './outbox.entity.js';
import { enqueueOutboxMessage } from './outbox.service.js';

/** A message whose payload cannot be composed is tried this often, then set aside (logged). */
export const maxOutboxAttempts = 5;

export interface NotificationRun {
  /** Outbox messages handled (told, or nothing to tell). */
  processed: number;
  notifications: number;
  mails: number;
  /** Could not be composed this time. */
  failed: number;
}

export interface ProcessNotificationsOptions {
  config: MailSettings;
  directory: NotificationDirectory;
  log?: Logger;
  batchSize?: number;
}

/**
 * The `process-notifications` job: turns outbox messages (written with the change they report)
 * into in-app notifications and queued e-mail, in batches. Each batch is one transaction that
 * claims its messages (`FOR UPDATE SKIP LOCKED`), writes what they produce and marks them
 * processed — so an event produces its notification and its e-mails exactly once, whatever runs
 * at the same time or crashes half-way (and `notification.event_id` and `(event_id, to_address)`
 * on mail are unique as a second guard). Sending is the deliver-mail job's.
 */
export async function processNotificationOutbox(
  em: EntityManager,
  clock: Clock,
  options: ProcessNotificationsOptions,
): Promise<NotificationRun> {
  const run: NotificationRun = { processed: 0, notifications: 0, mails: 0, failed: 0 };
  const batchSize = options.batchSize ?? 50;
  for (;;) {
    const claimed = await em.fork().transactional(async (tx) => {
      const rows = await tx.getConnection().execute<{ id: string }[]>(
        `select id from outbox_message
         where processed_at is null and attempts < ?
         order by created_at, id
         limit ?
         for update skip locked`,
        [maxOutboxAttempts, batchSize],
        'all',
        tx.getTransactionContext(),
      );
      if (rows.length === 0) return 0;
      const messages = await tx.find(
        OutboxMessage,
        { id: { $in: rows.map((row) => row.id) } },
        { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      );
      for (const message of messages) await processOne(tx, message, clock, options, run);
      return rows.length;
    });
    if (claimed < batchSize) return run;
  }
}

async function processOne(
  tx: EntityManager,
  message: OutboxMessage,
  clock: Clock,
  options: ProcessNotificationsOptions,
  run: NotificationRun,
): Promise<void> {
  const done = () => {
    message.processedAt = clock.now();
    run.processed += 1;
  };
  if (message.accountId === null) return done();
  let composed;
  let audience;
  try {
    audience = await options.directory.audience(tx, message.accountId);
    if (audience === null) return done();
    composed = await composeNotification(message, {
      em: tx,
      directory: options.directory,
      audience,
      publicUrl: options.config.publicUrl,
    });
  } catch (error) {
    message.attempts += 1;
    run.failed += 1;
    options.log?.error(
      { err: error, outboxMessageId: message.id, topic: message.topic, attempt: message.attempts },
      message.attempts >= maxOutboxAttempts
        ? 'notification could not be composed; set aside'
        : 'notification could not be composed; retried on the next run',
    );
    return;
  }
  if (composed.inApp !== null) {
    tx.create(Notification, {
      accountId: message.accountId,
      eventId: message.id,
      kind: message.topic,
      title: composed.inApp.title,
      body: composed.inApp.body,
      link: composed.inApp.link,
      createdAt: message.createdAt,
    });
    run.notifications += 1;
  }
  if (composed.mail !== null) {
    for (const to of mailRecipients(composed.mail, audience)) {
      enqueueMail(tx, options.config, {
        to,
        template: composed.mail.template,
        data: composed.mail.data as never,
        accountId: message.accountId,
        at: message.createdAt,
        eventId: message.id,
        attachments: composed.mail.attachments ?? null,
      });
      run.mails += 1;
    }
  }
  done();
}

/** An operator's decision on a bank transfer the customer announced. */
export interface BankTransferDecision {
  accountId: string;
  decision: 'approved' | 'rejected';
  invoiceId: string;
  invoiceNumber: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  /** The reference the customer gave for the transfer. */
  reference: string;
  /** Why it was rejected (shown to the customer); null when approved. */
  reason: string | null;
  /** When the decision was made (the caller's clock). */
  at: Date;
}

/**
 * Tells the account about an approved or rejected bank transfer: in the app, and by e-mail to the
 * billing contact (always, whatever the alert choices). Call it in the transaction that records
 * the decision; it is delivered when that commits.
 */
export function notifyBankTransferDecision(tx: EntityManager, decision: BankTransferDecision) {
  return enqueueOutboxMessage(tx, {
    topic: decision.decision === 'approved' ? 'bank_transfer.approved' : 'bank_transfer.rejected',
    accountId: decision.accountId,
    payload: {
      invoiceId: decision.invoiceId,
      invoiceNumber: decision.invoiceNumber,
      amount: decision.amount,
      currency: decision.currency,
      reference: decision.reference,
      reason: decision.decision === 'rejected' ? decision.reason : null,
    },
    at: decision.at,
  });
}

export interface AccountSuspensionChange {
  accountId: string;
  /** true: suspended; false: reactivated. */
  suspended: boolean;
  /** The operator's reason, shown to the account's members. */
  reason: string | null;
  at: Date;
}

/**
 * Tells the account it was suspended or reactivated: in the app, and by e-mail to the Billing
 * Admins and the billing e-mail (always). Call it in the transaction that changes the account.
 */
export function notifyAccountSuspension(tx: EntityManager, change: AccountSuspensionChange) {
  return enqueueOutboxMessage(tx, {
    topic: change.suspended ? 'account.suspended' : 'account.reactivated',
    accountId: change.accountId,
    payload: { reason: change.reason },
    at: change.at,
  });
}

export interface MemberInvited {
  accountId: string;
  email: string;
  roleLabel: string;
  inviterName: string | null;
  at: Date;
}

/** An in-app notice for the account's members that someone was invited (the invitee is e-mailed). */
export function notifyMemberInvited(tx: EntityManager, invited: MemberInvited) {
  return enqueueOutboxMessage(tx, {
    topic: 'member.invited',
    accountId: invited.accountId,
    payload: {
      email: invited.email,
      roleLabel: invited.roleLabel,
      inviterName: invited.inviterName,
    },
    at: invited.at,
  });
}
