import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { AppError, badInput } from '../../errors.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import {
  applyPaymentToInvoice,
  Invoice,
  lockIssuedInvoice,
  recordCreditBalanceEntry,
  settleSubscriptionAfterPayment,
} from '../billing/index.js';
import { money, parseCurrency } from '../billing/rules/index.js';
import { enqueueOutboxMessage } from '../notifications/index.js';
import { performOrReplay } from '../../db/idempotency.js';
import { Payment } from './payment.entity.js';

export interface BankTransferInput {
  invoiceId: string;
  /** Minor units, in the invoice's currency. */
  amount: { amount: number; currency: string };
  receivedAt: Date;
  /** The bank's reference of the incoming transfer. */
  reference: string;
  idempotencyKey: string;
}

/** The stored (and replayed) answer: plain JSON. */
export interface BankTransferReceipt {
  paymentId: string;
  invoiceId: string;
  /** What went to the credit balance because the transfer was larger than the amount due. */
  creditedToBalance: number;
  currency: string;
}

const transferDateSlackMs = 24 * 60 * 60 * 1000;

/** The checks every recorded transfer passes (amount, date, reference); trims the reference. */
export function validateTransfer(input: BankTransferInput, now: Date): BankTransferInput {
  const { amount } = input;
  if (!Number.isSafeInteger(amount.amount) || amount.amount <= 0) {
    throw badInput('amount', 'Enter the amount received, in minor units (cents), above zero.');
  }
  if (Number.isNaN(input.receivedAt.getTime()) || input.receivedAt > now) {
    throw badInput('receivedAt', 'The transfer cannot have arrived in the future.');
  }
  const reference = input.reference.trim();
  if (reference.length === 0 || reference.length > 140) {
    // 140 characters: the longest SEPA remittance information.
    throw badInput(
      'reference',
      "Enter the bank's reference of the transfer (1 to 140 characters).",
    );
  }
  return { ...input, reference, amount: { ...amount, currency: amount.currency.toUpperCase() } };
}

/**
 * Operator: records a bank transfer received for an open invoice. The invoice is paid once nothing
 * is due (partial transfers reduce what is due); more than was due goes to the account's credit
 * balance. When the subscription has no open invoice left, an `incomplete` or `past_due` one becomes
 * active. Idempotent per (account, key): the same request answers the same payment.
 */
export async function recordBankTransfer(
  em: EntityManager,
  rawInput: BankTransferInput,
  actor: Actor,
  clock: Clock,
): Promise<BankTransferReceipt> {
  const input = validateTransfer(rawInput, clock.now());
  return em.transactional(async (tx) => {
    const found = await tx.findOne(Invoice, { id: input.invoiceId }, { fields: ['account'] });
    if (found === null) throw new AppError('NOT_FOUND', 'Invoice not found.');
    const accountId = found.account.id;
    const { idempotencyKey, ...request } = input;
    return performOrReplay(
      tx,
      { accountId, key: idempotencyKey, operation: 'recordBankTransfer', request, at: clock.now() },
      () => recordTransferIn(tx, input, actor, clock.now()),
    );
  });
}

/**
 * `recordBankTransfer`'s work inside the caller's transaction, for a validated input: locks the
 * invoice, applies the money, and records the payment, the credit-balance excess, the audit event
 * and the outbox message. Approving an announced transfer (bank-transfer-notices.service.ts) goes
 * through here too, so the money rules of a transfer are written once.
 */
export async function recordTransferIn(
  tx: EntityManager,
  input: BankTransferInput,
  actor: Actor,
  now: Date,
): Promise<BankTransferReceipt> {
  const { idempotencyKey } = input;
  const invoice = await lockIssuedInvoice(tx, input.invoiceId);
  const accountId = invoice.account.id;
  if (invoice.status !== 'open') {
    throw new AppError(
      'CONFLICT',
      `Invoice ${invoice.number} is ${invoice.status}; only an open invoice can be paid.`,
    );
  }
  // A day's slack: banks date transfers by their own calendar day, in their own zone.
  if (
    invoice.issuedAt !== null &&
    input.receivedAt.getTime() < invoice.issuedAt.getTime() - transferDateSlackMs
  ) {
    throw badInput(
      'receivedAt',
      `The transfer cannot have arrived before invoice ${invoice.number} was issued on ${invoice.issuedAt.toISOString().slice(0, 10)}.`,
    );
  }
  const currency = parseCurrency(invoice.currency);
  if (input.amount.currency !== currency) {
    throw badInput('amount', `Invoice ${invoice.number} is in ${currency}.`);
  }
  const received = money(input.amount.amount, currency);
  const outcome = applyPaymentToInvoice(invoice, received, input.receivedAt);
  const payment = tx.create(Payment, {
    account: invoice.account,
    invoice,
    method: 'bank_transfer',
    amount: received.amount,
    appliedAmount: outcome.applied.amount,
    currency,
    status: 'succeeded',
    reference: input.reference,
    idempotencyKey,
    recordedBy: actor.userId,
    receivedAt: input.receivedAt,
    createdAt: now,
  });
  recordCreditBalanceEntry(tx, {
    accountId,
    amount: outcome.excess,
    reason: 'overpayment',
    invoice,
    payment,
    at: now,
  });
  const settled =
    outcome.paid && invoice.subscription !== null
      ? await settleSubscriptionAfterPayment(tx, invoice.subscription.id, now)
      : null;
  recordAuditBy(tx, actor, {
    action: 'payment.bank_transfer_recorded',
    occurredAt: now,
    accountId,
    target: invoice.id,
    summary: {
      invoice: invoice.number,
      amount: received.amount,
      currency,
      applied: outcome.applied.amount,
      creditedToBalance: outcome.excess.amount,
      invoiceStatus: invoice.status,
      subscriptionStatus: settled,
    },
  });
  enqueueOutboxMessage(tx, {
    topic: 'payment.received',
    accountId,
    payload: {
      paymentId: payment.id,
      invoiceId: invoice.id,
      number: invoice.number,
      amount: received.amount,
      currency,
      method: 'bank transfer',
    },
    at: now,
  });
  return {
    paymentId: payment.id,
    invoiceId: invoice.id,
    creditedToBalance: outcome.excess.amount,
    currency,
  };
}
