import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { BillingConfig } from '../../config.js';
import { badInput } from '../../errors.js';
import { performOrReplay } from '../../db/idempotency.js';
import { getAccount, getBillingDetails, lockAccount } from '../accounts/index.js';
import { type Actor, recordAuditBy } from '../audit/index.js';
import {
  accountCreditBalance,
  applyRules,
  billingDetailsRequired,
  createFinalizedInvoice,
  taxContext,
} from '../billing/index.js';
import {
  type Currency,
  type DraftedInvoice,
  draftInvoice,
  instantFromDate,
  isCurrency,
  manualInvoiceLines,
  money,
} from '../billing/rules/index.js';
import { bankTransferCollector } from './bank-transfer.collector.js';

/**
 * Manual invoices (docs/API.md "Operator invoices"): an operator writes the lines (a workshop,
 * an Enterprise set-up fee, a correction), sees the preview the billing rules compute — credit
 * balance applied, tax of the buyer's country, the same `draftInvoice` every invoice goes
 * through — and issues it. It is issued on bank-transfer terms (due INVOICE_NET_DAYS after
 * issue, with the bank account of the buyer's country); where card is offered the customer can
 * still pay it at once from the invoice page.
 */

export interface ManualLineInput {
  description: string;
  quantity: number;
  /** Minor units; negative for a discount line. */
  unitAmount: number;
}

export interface ManualInvoiceInput {
  accountId: string;
  currency: string;
  lines: readonly ManualLineInput[];
}

const MAX_LINES = 50;
const MAX_QUANTITY = 1_000_000;
/** 10 million in major units of a two-digit currency: far beyond any real line, far below 2^53. */
const MAX_UNIT_AMOUNT = 1_000_000_000;

interface ValidManualInvoice {
  accountId: string;
  currency: Currency;
  lines: { description: string; quantity: number; unitAmount: number }[];
}

function validate(input: ManualInvoiceInput): ValidManualInvoice {
  const currency = input.currency.trim().toUpperCase();
  if (!isCurrency(currency)) throw badInput('currency', 'Choose a supported currency, e.g. EUR.');
  if (input.lines.length === 0) throw badInput('lines', 'Add at least one line.');
  if (input.lines.length > MAX_LINES) throw badInput('lines', `Use at most ${MAX_LINES} lines.`);
  const lines = input.lines.map((line, index) => {
    const field = `lines.${index}`;
    const description = line.description.trim().replace(/\s+/g, ' ');
    if (description.length === 0 || description.length > 200) {
      throw badInput(`${field}.description`, 'Describe the line in 1 to 200 characters.');
    }
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
      throw badInput(`${field}.quantity`, `Enter a whole quantity from 1 to ${MAX_QUANTITY}.`);
    }
    if (!Number.isSafeInteger(line.unitAmount) || Math.abs(line.unitAmount) > MAX_UNIT_AMOUNT) {
      throw badInput(
        `${field}.unitAmount`,
        'Enter the unit price in minor units (cents); negative for a discount.',
      );
    }
    return { description, quantity: line.quantity, unitAmount: line.unitAmount };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitAmount, 0);
  if (subtotal <= 0) {
    throw badInput(
      'lines',
      'The lines must add up to more than zero (a credit is not an invoice).',
    );
  }
  return { accountId: input.accountId, currency, lines };
}

/** The draft the rules compute for these lines, for this account, now. Reads only. */
async function draftFor(
  em: EntityManager,
  input: ValidManualInvoice,
  billing: BillingConfig,
  now: Date,
): Promise<DraftedInvoice> {
  const details = await getBillingDetails(em, input.accountId);
  if (details === null) throw billingDetailsRequired();
  const balance = await accountCreditBalance(em, input.accountId, input.currency);
  const at = instantFromDate(now);
  const lines = manualInvoiceLines(
    input.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitAmount: money(line.unitAmount, input.currency),
    })),
    { start: at, end: at },
  );
  return applyRules(() =>
    draftInvoice({
      currency: input.currency,
      lines,
      creditBalance: balance,
      tax: taxContext(details, billing),
    }),
  );
}

/** Operators: what `createManualInvoice` would issue now, computed by the same rules. */
export async function previewManualInvoice(
  em: EntityManager,
  input: ManualInvoiceInput,
  billing: BillingConfig,
  clock: Clock,
): Promise<{ drafted: DraftedInvoice; buyerCountry: string; dueAt: Date }> {
  await getAccount(em, input.accountId);
  const now = clock.now();
  const drafted = await draftFor(em, validate(input), billing, now);
  const details = await getBillingDetails(em, input.accountId);
  return {
    drafted,
    buyerCountry: details?.country ?? '',
    dueAt: new Date(now.getTime() + billing.invoiceNetDays * 86_400_000),
  };
}

/**
 * Operators: issues the manual invoice (numbered, taxed, credit applied) on bank-transfer terms,
 * audited; the account's row is locked so the credit balance it uses cannot be used twice.
 * Idempotent per (account, key).
 */
export async function createManualInvoice(
  em: EntityManager,
  input: ManualInvoiceInput & { idempotencyKey: string },
  actor: Actor,
  deps: { clock: Clock; billing: BillingConfig },
): Promise<{ invoiceId: string }> {
  const { idempotencyKey, ...rest } = input;
  return em.transactional(async (tx) => {
    const account = await lockAccount(tx, input.accountId);
    const valid = validate(rest);
    const now = deps.clock.now();
    return performOrReplay(
      tx,
      {
        accountId: account.id,
        key: idempotencyKey,
        operation: 'createManualInvoice',
        request: rest,
        at: now,
      },
      async () => {
        const drafted = await draftFor(tx, valid, deps.billing, now);
        if (drafted.invoice === null) throw badInput('lines', 'Add at least one line.');
        const invoice = await createFinalizedInvoice(
          tx,
          {
            account,
            subscription: null,
            billingReason: 'manual',
            draft: drafted.invoice,
            creditBalance: drafted.creditBalance,
            now,
          },
          deps.billing,
        );
        await bankTransferCollector(deps.billing).collect(tx, invoice);
        recordAuditBy(tx, actor, {
          action: 'invoice.manual_create',
          occurredAt: now,
          accountId: account.id,
          target: invoice.id,
          summary: {
            number: invoice.number,
            lines: valid.lines.length,
            currency: valid.currency,
            subtotal: invoice.subtotal,
            creditApplied: invoice.creditApplied,
            tax: invoice.taxAmount,
            total: invoice.total,
          },
        });
        await tx.flush();
        return { invoiceId: invoice.id };
      },
    );
  });
}
