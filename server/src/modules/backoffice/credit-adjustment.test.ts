import 'reflect-metadata';
import { signedInWithoutAccount } from '../../test/sessions.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import type { CookieClient } from '../../test/browser.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { CreditBalanceEntry } from '../billing/invoices/credit-balance.entity.js';
import { createCustomer } from '../billing/subscriptions/billing.fixture.js';

const adjust = `mutation($input: AdjustCreditBalanceInput!) {
  adjustCreditBalance(input: $input) { entryId balance { amount currency } }
}`;
type Answer = {
  data?: { adjustCreditBalance: { entryId: string; balance: { amount: number } } } | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
};

describe('adjustCreditBalance', () => {
  let server: TestServer;
  let operator: CookieClient;
  let accountId: string;
  const send = (input: Record<string, unknown>): Promise<Answer> =>
    operator.graphql(adjust, {
      input: { accountId, currency: 'EUR', reason: 'Goodwill for the outage', ...input },
    });

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
    operator = await signedInWithoutAccount(server, 'ops@vendor.example');
    accountId = await createCustomer(
      server.db.orm.em.fork(),
      'Credit AG',
      'de_individual',
      new Date(),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('is for operators only', async () => {
    const admin = await memberOf(server, accountId, 'BILLING_ADMIN');
    const answer = await admin.graphql(adjust, {
      input: { accountId, amount: 100, currency: 'EUR', reason: 'me', idempotencyKey: 'self' },
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds credit once per key, even when the same request arrives twice at once', async () => {
    const [first, second] = await Promise.all([
      send({ amount: 10_000, idempotencyKey: 'goodwill-1' }),
      send({ amount: 10_000, idempotencyKey: 'goodwill-1' }),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(first.data?.adjustCreditBalance.balance).toEqual({ amount: 10_000, currency: 'EUR' });
    const rows = await server.db.orm.em.fork().find(CreditBalanceEntry, { account: accountId });
    expect(rows.map((r) => [r.amount, r.reason, r.note])).toEqual([
      [10_000, 'operator_adjustment', 'Goodwill for the outage'],
    ]);
    // The same key for another request is refused.
    const reused = await send({ amount: 5, idempotencyKey: 'goodwill-1' });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('never takes the balance below zero, even with concurrent deductions', async () => {
    // 100.00 of credit; five deductions of 30.00 at once: three fit, two are refused.
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => send({ amount: -3_000, idempotencyKey: `take-${n}` })),
    );
    const refused = answers.filter((a) => a.errors !== undefined);
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(3);
    expect(refused.map((a) => a.errors![0]!.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
    const [row] = await server.db.orm.em
      .fork()
      .getConnection()
      .execute<{ balance: number }[]>(
        `select sum(amount)::int as balance from credit_balance_entry where account_id = ?`,
        [accountId],
      );
    expect(row!.balance).toBe(1_000);
  });

  it('refuses zero, an unknown currency and a missing reason, and changes nothing', async () => {
    const fieldOf = async (input: Record<string, unknown>) =>
      (await send({ idempotencyKey: 'bad', ...input })).errors?.[0]?.extensions?.field;
    expect(await fieldOf({ amount: 0 })).toBe('input.amount');
    expect(await fieldOf({ amount: 100, currency: 'XYZ' })).toBe('input.currency');
    expect(await fieldOf({ amount: 100, reason: ' ' })).toBe('input.reason');
    const audit = await server.db.orm.em
      .fork()
      .count(AuditEvent, { accountId, action: 'credit.adjust' });
    expect(audit).toBe(4);
  });
});
