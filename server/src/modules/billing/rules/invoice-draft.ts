import { applyCreditBalance, creditBalanceIn } from './credit.js';
import type { InvoiceLine } from './invoice-lines.js';
import { type Currency, type Money, addMoney, money, sumMoney, zeroMoney } from './money.js';
import { type InvoiceTax, type TaxContext, computeInvoiceTax } from './tax.js';

/**
 * The invoice to issue now. Order of the totals:
 *   subtotal       = Σ line amounts (negative when credits outweigh charges)
 *   creditApplied  = min(credit balance, subtotal) when the subtotal is positive, else 0
 *   taxableAmount  = subtotal − creditApplied, never below 0
 *   tax            = taxableAmount × rate, rounded once (half-even)
 *   total          = taxableAmount + tax = amountDue (nothing is paid when the draft is made)
 *   creditToBalance = −subtotal when the subtotal is negative: a credit-only outcome never makes a
 *                    negative invoice, it adds to the account's credit balance instead.
 *
 * The credit balance is kept in net (pre-tax) money: it is made of proration credits, which are net
 * amounts, so it is applied before tax — a credit of 10.00 pays for 10.00 of net price and the tax on
 * what is left, and a customer who downgrades gets back exactly the net part not used.
 */
export interface InvoiceDraft {
  readonly currency: Currency;
  readonly lines: readonly InvoiceLine[];
  readonly subtotal: Money;
  readonly creditApplied: Money;
  readonly taxableAmount: Money;
  readonly tax: InvoiceTax;
  readonly total: Money;
  readonly amountDue: Money;
  readonly creditToBalance: Money;
}

/** How the account's credit balance moves: after = before − applied + added. */
export interface CreditBalanceMovement {
  readonly before: Money;
  readonly applied: Money;
  readonly added: Money;
  readonly after: Money;
}

export interface DraftedInvoice {
  /** null when there is nothing to bill (no line moves money). */
  readonly invoice: InvoiceDraft | null;
  readonly creditBalance: CreditBalanceMovement;
}

/** The movement of a balance nothing is billed against. */
export function unchangedCreditBalance(balance: Money): CreditBalanceMovement {
  const none = zeroMoney(balance.currency);
  return { before: balance, applied: none, added: none, after: balance };
}

export function draftInvoice(input: {
  readonly currency: Currency;
  readonly lines: readonly InvoiceLine[];
  readonly creditBalance: Money;
  readonly tax: TaxContext;
}): DraftedInvoice {
  const { currency, lines, tax } = input;
  if (lines.length === 0) {
    return { invoice: null, creditBalance: unchangedCreditBalance(input.creditBalance) };
  }
  const before = creditBalanceIn(input.creditBalance, currency);
  const subtotal = sumMoney(
    currency,
    lines.map((line) => line.amount),
  );
  const chargeable = money(Math.max(0, subtotal.amount), currency);
  const creditToBalance = money(Math.max(0, -subtotal.amount), currency);
  const credit = applyCreditBalance(before, chargeable);
  const invoiceTax = computeInvoiceTax(credit.amountAfterCredit, tax);
  const total = addMoney(credit.amountAfterCredit, invoiceTax.amount);
  return {
    invoice: {
      currency,
      lines,
      subtotal,
      creditApplied: credit.applied,
      taxableAmount: credit.amountAfterCredit,
      tax: invoiceTax,
      total,
      amountDue: total,
      creditToBalance,
    },
    creditBalance: {
      before,
      applied: credit.applied,
      added: creditToBalance,
      after: addMoney(credit.remainingBalance, creditToBalance),
    },
  };
}
