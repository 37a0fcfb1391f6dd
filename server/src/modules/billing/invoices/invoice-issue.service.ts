import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingConfig } from '../../../config.js';
import { AppError, badInput } from '../../../errors.js';
import {
  Account,
  type BillingDetails,
  countryName,
  getBillingDetails,
} from '../../accounts/index.js';
import { enqueueOutboxMessageTo } from '../../notifications/index.js';
import { type EntitySink, unitOfWork } from '../../../db/detached-rows.js';
import {
  type CreditBalanceMovement,
  type InvoiceDraft,
  type Money,
  dateFromInstant,
  money,
  parseCurrency,
} from '../rules/index.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { recordCreditBalanceEntryTo } from './credit-balance.service.js';
import { allocateDocumentNumber } from './invoice-numbering.js';
import {
  type BillingReason,
  type BuyerSnapshot,
  Invoice,
  InvoiceLine,
  type SellerSnapshot,
} from './invoice.entity.js';

/** Issuing invoices: drafting, numbering and finalizing them, and applying money received. */

export const billingDetailsRequired = () =>
  badInput(
    'billingDetails',
    'Add your billing details (legal name, address and country) before subscribing to a paid plan: invoices are addressed to them and taxed by their country.',
  );

export function buyerSnapshot(details: BillingDetails): BuyerSnapshot {
  const cityLine = [details.postalCode, details.city].filter((part) => part.length > 0).join(' ');
  return {
    legalName: details.legalName,
    email: details.billingEmail,
    addressLines: [
      details.line1,
      details.line2,
      cityLine,
      details.region,
      countryName(details.country),
    ].filter((line): line is string => line !== null && line.length > 0),
    country: details.country,
    taxId: details.taxIdValue,
  };
}

export function sellerSnapshot(billing: BillingConfig): SellerSnapshot {
  const { seller } = billing;
  return {
    name: seller.name,
    addressLines: [...seller.addressLines],
    country: seller.country,
    vatId: seller.vatId,
    email: seller.email,
  };
}

/**
 * Draft → open, in the caller's transaction: the next gap-free number for the UTC month of `now`,
 * the buyer copied from the billing details and the seller from the configuration (later edits
 * never change an issued invoice). An invoice with nothing due is paid at once.
 *
 * `number`: one the caller allocated in this same transaction (`allocateDocumentNumbers`, for the
 * month of `now`), when it finalizes a batch; otherwise the next one is allocated here.
 */
export async function finalizeInvoice(
  tx: EntityManager,
  invoice: Invoice,
  now: Date,
  billing: BillingConfig,
  number?: string,
): Promise<Invoice> {
  if (invoice.status !== 'draft') {
    throw new AppError('CONFLICT', `Invoice ${invoice.number ?? invoice.id} is already finalized.`);
  }
  const details = await getBillingDetails(tx, invoice.account.id);
  if (details === null) throw billingDetailsRequired();
  return applyFinalization(
    invoice,
    details,
    billing,
    number ?? (await allocateDocumentNumber(tx, 'INV', now)),
    now,
  );
}

/** What finalization writes onto a draft, given its buyer and its number. */
export function applyFinalization(
  invoice: Invoice,
  details: BillingDetails,
  billing: BillingConfig,
  number: string,
  now: Date,
): Invoice {
  invoice.buyer = buyerSnapshot(details);
  invoice.seller = sellerSnapshot(billing);
  invoice.number = number;
  invoice.issuedAt = now;
  invoice.dueAt = now;
  if (invoice.amountDue === 0) {
    invoice.status = 'paid';
    invoice.paidAt = now;
  } else {
    invoice.status = 'open';
  }
  return invoice;
}

export interface NewInvoice {
  account: Account;
  subscription: Subscription | null;
  billingReason: BillingReason;
  draft: InvoiceDraft;
  /** The balance movement the rules computed with the draft. */
  creditBalance: CreditBalanceMovement;
  now: Date;
}

/**
 * Creates the invoice the rules drafted, records its credit-balance movements (credit used, and
 * credit added when the change credits more than it charges) and finalizes it. The caller collects.
 */
export async function createFinalizedInvoice(
  tx: EntityManager,
  input: NewInvoice,
  billing: BillingConfig,
): Promise<Invoice> {
  return issueInvoice(tx, createDraftInvoice(tx, input), input.now, billing);
}

/**
 * The first half of `createFinalizedInvoice`: the draft invoice with its lines and credit-balance
 * movements, in the caller's unit of work, without a number yet. For a batch that allocates all
 * its numbers at once; finish each with `issueInvoice`.
 */
export function createDraftInvoice(tx: EntityManager, input: NewInvoice): Invoice {
  return createDraftInvoiceIn(unitOfWork(tx), input);
}

/** `createDraftInvoice` into any sink (the renewal batch writes its invoices in one statement). */
export function createDraftInvoiceIn(sink: EntitySink, input: NewInvoice): Invoice {
  const { draft, now } = input;
  const periodStart = Math.min(...draft.lines.map((line) => line.periodStart));
  const periodEnd = Math.max(...draft.lines.map((line) => line.periodEnd));
  const invoice = sink.create(Invoice, {
    account: input.account,
    subscription: input.subscription,
    billingReason: input.billingReason,
    currency: draft.currency,
    subtotal: draft.subtotal.amount,
    creditApplied: draft.creditApplied.amount,
    taxAmount: draft.tax.amount.amount,
    taxRateBps: draft.tax.rateBps,
    reverseCharge: draft.tax.reverseCharge,
    taxNote: draft.tax.legalNote,
    total: draft.total.amount,
    amountDue: draft.amountDue.amount,
    periodStart: dateFromInstant(periodStart),
    periodEnd: dateFromInstant(periodEnd),
    createdAt: now,
  });
  draft.lines.forEach((line, position) => {
    sink.create(InvoiceLine, {
      invoice,
      position,
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitAmount: line.unitAmount.amount,
      amount: line.amount.amount,
      periodStart: dateFromInstant(line.periodStart),
      periodEnd: dateFromInstant(line.periodEnd),
      proration: line.proration,
    });
  });
  const accountId = input.account.id;
  recordCreditBalanceEntryTo(sink, {
    accountId,
    amount: money(-input.creditBalance.applied.amount, draft.currency),
    reason: 'applied_to_invoice',
    invoice,
    at: now,
  });
  recordCreditBalanceEntryTo(sink, {
    accountId,
    amount: input.creditBalance.added,
    reason: 'proration_credit',
    invoice,
    at: now,
  });
  return invoice;
}

/**
 * The second half of `createFinalizedInvoice`: finalizes the draft (with `number` when the caller
 * allocated it, see `finalizeInvoice`) and announces it. The caller collects.
 */
export async function issueInvoice(
  tx: EntityManager,
  invoice: Invoice,
  now: Date,
  billing: BillingConfig,
  number?: string,
): Promise<Invoice> {
  await finalizeInvoice(tx, invoice, now, billing, number);
  announceIssuedInvoice(unitOfWork(tx), invoice, now);
  return invoice;
}

/** The `invoice.issued` message of a just finalized invoice. */
export function announceIssuedInvoice(sink: EntitySink, invoice: Invoice, now: Date): void {
  enqueueOutboxMessageTo(sink, {
    topic: 'invoice.issued',
    accountId: invoice.account.id,
    payload: {
      invoiceId: invoice.id,
      number: invoice.number,
      amountDue: invoice.amountDue,
      currency: invoice.currency,
    },
    at: now,
  });
}

export interface InvoicePaymentApplied {
  applied: Money;
  /** Received beyond what was due; the caller credits it to the balance. */
  excess: Money;
  paid: boolean;
}

/** Applies money received to an open invoice (locked by the caller); paid when nothing is due. */
export function applyPaymentToInvoice(
  invoice: Invoice,
  received: Money,
  receivedAt: Date,
): InvoicePaymentApplied {
  if (invoice.status !== 'open') {
    throw new AppError('CONFLICT', `Invoice ${invoice.number} is ${invoice.status}, not open.`);
  }
  const currency = parseCurrency(invoice.currency);
  const applied = Math.min(received.amount, invoice.amountDue);
  invoice.amountPaid += applied;
  invoice.amountDue -= applied;
  if (invoice.amountDue === 0) {
    invoice.status = 'paid';
    invoice.paidAt = receivedAt;
    invoice.nextPaymentAttemptAt = null; // paid by any means: dunning ends
  }
  return {
    applied: money(applied, currency),
    excess: money(received.amount - applied, currency),
    paid: invoice.status === 'paid',
  };
}
