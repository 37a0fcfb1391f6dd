import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../../ids.js';

/**
 * `queued`: waiting for the deliver-mail job (SMTP_URL set). `sent`: the SMTP server accepted it.
 * `failed`: every attempt failed (last_error says why). `outbox`: no SMTP_URL, so the message
 * stays here and the development outbox page shows it; it is never sent.
 */
export const mailStatuses = ['queued', 'sent', 'failed', 'outbox'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** A file to attach at delivery, by reference: the loader given to `deliverQueuedMail` fetches it. */
export interface MailAttachmentRef {
  kind: 'invoicePdf';
  invoiceId: string;
}

/**
 * One e-mail, rendered when it was enqueued (so it reads as it did when the change happened) and
 * written in the same transaction as that change: the message exists if and only if the change
 * committed. Delivery only moves `status` forward and records the outcome.
 */
@Entity({ tableName: 'mail_message' })
@Index({ name: 'mail_message_created_at_index', properties: ['createdAt', 'id'] })
@Unique({
  name: 'mail_message_event_recipient_unique',
  properties: ['eventId', 'toAddress'],
  where: `"event_id" is not null`,
})
@Index({
  name: 'mail_message_delivery_due_index',
  properties: ['nextAttemptAt'],
  where: `"status" = 'queued'`,
})
export class MailMessage {
  @PrimaryKey({ type: 'text' })
  id: string = newId('mail');

  @Property({ type: 'text' })
  toAddress!: string;

  /** The From header (MAIL_FROM when enqueued). */
  @Property({ type: 'text' })
  fromAddress!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  html!: string;

  @Property({ type: 'text' })
  text!: string;

  /** Which template rendered it, e.g. `invite`. */
  @Property({ type: 'text' })
  template!: string;

  /** The account the message is about, if any (no foreign key: mail outlives its account). */
  @Property({ type: 'text', nullable: true })
  @Index()
  accountId: string | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  createdAt!: Date;

  /**
   * The outbox message (event) it was written for, if any: one event mails each address once
   * (unique with `toAddress`).
   */
  @Property({ type: 'text', nullable: true })
  eventId: string | null = null;

  /** Files attached when it is sent, fetched then (an invoice's PDF is rendered from its snapshot). */
  @Property({ type: 'json', nullable: true })
  attachments: MailAttachmentRef[] | null = null;

  @Enum({ items: () => [...mailStatuses] })
  status!: MailStatus;

  /** Delivery attempts started (a claimed attempt counts even if the worker died during it). */
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  /**
   * Queued: when the next attempt may start. While an attempt runs it is pushed past the attempt's
   * longest possible duration (a lease), so no other worker claims the message meanwhile.
   */
  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  nextAttemptAt: Date | null = null;

  @Property({ columnType: 'timestamptz', type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  /** Why the last attempt failed (the SMTP server's answer or the connection error). */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** The Message-ID header the SMTP server accepted (the same on every attempt). */
  @Property({ type: 'text', nullable: true })
  smtpMessageId: string | null = null;

  /** The SMTP server's final answer, e.g. `250 2.0.0 Ok: queued as 4F2A1`, to trace it there. */
  @Property({ type: 'text', nullable: true })
  smtpResponse: string | null = null;
}
