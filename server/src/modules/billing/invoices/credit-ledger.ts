import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Money, toMoney } from '../../../graphql/money.js';
import {
  type CreditBalanceReason,
  CreditBalanceEntry,
  creditBalanceReasons,
} from './credit-balance.entity.js';

export const CreditBalanceReasonEnum = Object.fromEntries(
  creditBalanceReasons.map((r) => [r.toUpperCase(), r]),
) as { [R in CreditBalanceReason as Uppercase<R>]: R };
registerEnumType(CreditBalanceReasonEnum, {
  name: 'CreditBalanceReason',
  description: 'Why the credit balance moved.',
});

@ObjectType({ description: 'One movement of an account’s credit balance (an append-only ledger).' })
export class CreditLedgerEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Money, { description: 'Positive adds credit, negative uses it.' })
  amount!: Money;

  @Field(() => CreditBalanceReasonEnum)
  reason!: CreditBalanceReason;

  @Field(() => String, { nullable: true, description: 'The invoice that moved it, if any.' })
  invoiceNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The credit note that moved it, if any.' })
  creditNoteNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'An operator adjustment’s reason.' })
  note!: string | null;

  @Field()
  createdAt!: Date;
}

/** The account's credit-balance ledger, newest first (at most `limit` rows). */
export async function creditLedgerOf(
  em: EntityManager,
  accountId: string,
  limit = 100,
): Promise<CreditLedgerEntry[]> {
  const rows = await em.find(
    CreditBalanceEntry,
    { account: accountId },
    {
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit,
      populate: ['invoice', 'creditNote'],
    },
  );
  return rows.map((row) => ({
    id: row.id,
    amount: toMoney(row.amount, row.currency),
    reason: row.reason,
    invoiceNumber: row.invoice?.number ?? null,
    creditNoteNumber: row.creditNote?.number ?? null,
    note: row.note,
    createdAt: row.createdAt,
  }));
}
