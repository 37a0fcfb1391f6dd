import type { EntityManager } from '@mikro-orm/postgresql';
import { type EntitySink, unitOfWork } from '../../db/detached-rows.js';
import { OutboxMessage } from './outbox.entity.js';

export type OutboxTopic =
  | 'invoice.issued'
  | 'invoice.voided'
  | 'payment.received'
  | 'payment.failed'
  | 'subscription.changed'
  | 'trial.ending'
  | 'member.invited'
  | 'bank_transfer.approved'
  | 'bank_transfer.rejected'
  | 'account.suspended'
  | 'account.reactivated';

/**
 * Adds a message to the caller's unit of work, so it commits (or not) with the change it reports.
 * Payloads carry ids and safe values only.
 */
export function enqueueOutboxMessage(tx: EntityManager, message: OutboxInput): OutboxMessage {
  return enqueueOutboxMessageTo(unitOfWork(tx), message);
}

export interface OutboxInput {
  topic: OutboxTopic;
  accountId: string | null;
  payload: Record<string, unknown>;
  at: Date;
}

/** `enqueueOutboxMessage` into any sink (the renewal batch writes its messages in one statement). */
export function enqueueOutboxMessageTo(sink: EntitySink, message: OutboxInput): OutboxMessage {
  return sink.create(OutboxMessage, {
    topic: message.topic,
    accountId: message.accountId,
    payload: message.payload,
    createdAt: message.at,
  });
}
