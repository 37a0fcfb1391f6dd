import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox.entity.js';

export type OutboxTopic =
  | 'invoice.issued'
  | 'invoice.voided'
  | 'payment.received'
  | 'payment.failed'
  | 'subscription.changed'
  | 'trial.ending';

/**
 * Adds a message to the caller's unit of work, so it commits (or not) with the change it reports.
 * Payloads carry ids and safe values only.
 */
export function enqueueOutboxMessage(
  tx: EntityManager,
  message: {
    topic: OutboxTopic;
    accountId: string | null;
    payload: Record<string, unknown>;
    at: Date;
  },
): OutboxMessage {
  return tx.create(OutboxMessage, {
    topic: message.topic,
    accountId: message.accountId,
    payload: message.payload,
    createdAt: message.at,
  });
}
