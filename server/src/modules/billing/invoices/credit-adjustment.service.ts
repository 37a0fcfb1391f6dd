import type { EntityManager } from '@mikro-orm/postgresql';
import { performOrReplay } from '../../../db/idempotency.js';
import { AppError, badInput } from '../../../errors.js';
import { lockAccount } from '../../accounts/index.js';
import { type Actor, recordAuditBy } from '../../audit/index.js';
import { isCurrency, money } from '../rules/index.js';
import { CreditBalanceEntry } from './credit-balance.entity.js';
import { creditBalanceIn } from './credit-balance.service.js';

export interface CreditAdjustment {
  accountId: string;
  /** Minor units: positive adds credit, negative takes it away. */
  amount: number;
  currency: string;
  reason: string;
  idempotencyKey: string;
}

export interface CreditAdjustmentResult {
  entryId: string;
  /** The balance in that currency after the adjustment. */
  balance: { amount: number; currency: string };
}

/** At most 10,000,000.00 in a two-decimal currency at once: a typo, not a contract. */
const maxAdjustment = 1_000_000_000;

/**
 * An operator adds credit to an account's balance, or takes it away (docs/API.md
 * "adjustCreditBalance"), with a reason kept on the ledger row and in the audit log. Once per
 * idempotency key; adjustments of one account run one after another (the account row is locked),
 * so two that each fit the balance can never together take it below zero.
 */
export async function adjustCreditBalance(
  em: EntityManager,
  input: CreditAdjustment,
  actor: Actor,
  now: Date,
): Promise<CreditAdjustmentResult> {
  if (!Number.isSafeInteger(input.amount) || input.amount === 0) {
    throw badInput('input.amount', 'Enter an amount other than zero, in minor units.');
  }
  if (Math.abs(input.amount) > maxAdjustment) {
    throw badInput('input.amount', 'Adjust at most 1,000,000,000 minor units at once.');
  }
  const currency = input.currency.trim().toUpperCase();
  if (!isCurrency(currency))
    throw badInput('input.currency', `Unknown currency "${input.currency}".`);
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > 500) {
    throw badInput('input.reason', 'Say why in 1 to 500 characters (kept on the ledger).');
  }
  return em.transactional(async (tx) => {
    await lockAccount(tx, input.accountId);
    return performOrReplay(
      tx,
      {
        accountId: input.accountId,
        key: input.idempotencyKey,
        operation: 'adjustCreditBalance',
        request: { amount: input.amount, currency, reason },
        at: now,
      },
      async (): Promise<CreditAdjustmentResult> => {
        const before = await creditBalanceIn(tx, input.accountId, currency);
        const after = before.amount + input.amount;
        if (after < 0) {
          throw new AppError(
            'CONFLICT',
            `The credit balance is ${before.amount} ${currency} minor units: taking away ${-input.amount} would leave it below zero.`,
            'input.amount',
          );
        }
        const entry = tx.create(CreditBalanceEntry, {
          account: input.accountId,
          amount: money(input.amount, currency).amount,
          currency,
          reason: 'operator_adjustment',
          note: reason,
          createdAt: now,
        });
        recordAuditBy(tx, actor, {
          action: 'credit.adjust',
          occurredAt: now,
          accountId: input.accountId,
          target: entry.id,
          summary: { amount: input.amount, currency, reason, balance: after },
        });
        return { entryId: entry.id, balance: { amount: after, currency } };
      },
    );
  });
}
