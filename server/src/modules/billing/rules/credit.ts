import { BillingRuleError } from './errors.js';
import { type Currency, type Money, minMoney, subtractMoney, zeroMoney } from './money.js';

export interface CreditApplication {
  /** Taken from the balance for this invoice. */
  readonly applied: Money;
  /** Left on the balance for later invoices. */
  readonly remainingBalance: Money;
  /** What is still owed after the credit. */
  readonly amountAfterCredit: Money;
}

/**
 * The account's credit balance in the invoice currency. A zero balance is accepted in any currency
 * (a new account has none yet); a non-zero balance in another currency cannot pay this invoice.
 */
export function creditBalanceIn(balance: Money, currency: Currency): Money {
  if (balance.amount < 0) {
    throw new BillingRuleError('INVALID_AMOUNT', 'A credit balance cannot be negative');
  }
  if (balance.amount === 0) return zeroMoney(currency);
  if (balance.currency !== currency) {
    throw new BillingRuleError(
      'CURRENCY_MISMATCH',
      `The credit balance is in ${balance.currency}, the invoice in ${currency}`,
    );
  }
  return balance;
}

/**
 * Uses the credit balance against an amount before anything is charged: as much credit as the amount
 * needs, never more, so the amount never goes below zero and the rest of the balance is kept.
 */
export function applyCreditBalance(balance: Money, amount: Money): CreditApplication {
  const available = creditBalanceIn(balance, amount.currency);
  if (amount.amount < 0) {
    throw new BillingRuleError('INVALID_AMOUNT', 'Credit is applied to a non-negative amount');
  }
  const applied = minMoney(available, amount);
  return {
    applied,
    remainingBalance: subtractMoney(available, applied),
    amountAfterCredit: subtractMoney(amount, applied),
  };
}
