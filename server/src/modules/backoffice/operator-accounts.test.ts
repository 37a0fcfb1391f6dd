import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { signedInWithoutAccount } from '../../test/sessions.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import type { CookieClient } from '../../test/browser.js';
import { Account } from '../accounts/account.entity.js';
import { createCustomer } from '../billing/subscriptions/billing.fixture.js';

const listQuery = `query($filter: OperatorAccountFilter, $first: Int, $after: String) {
  operatorAccounts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name plan { code } suspendedAt subscription { status } } }
  }
}`;
interface ListData {
  operatorAccounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { name: string; plan: { code: string } } }[];
  };
}

const contract = `mutation($input: StartEnterpriseContractInput!) {
  startEnterpriseContract(input: $input) { invoice { number } }
}`;

describe('back office: operatorAccounts and operatorAccount', () => {
  let server: TestServer;
  let operator: CookieClient;
  const clock = new FixedClock(new Date());
  const ids: Record<string, string> = {};
  let invoiceNumber = '';

  const names = async (filter: object, first = 25) => {
    const { data, errors } = await operator.graphql<ListData>(listQuery, { filter, first });
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.operatorAccounts.edges.map((e) => e.node.name);
  };

  beforeAll(async () => {
    // Sessions outlive the month the clock moves forward.
    server = await startTestServer({
      clock,
      env: {
        OPERATOR_EMAILS: 'ops@vendor.example',
        SESSION_IDLE_MINUTES: '1000000',
        SESSION_ABSOLUTE_HOURS: '100000',
      },
    });
    operator = await signedInWithoutAccount(server, 'ops@vendor.example');
    const em = server.db.orm.em.fork();
    // Created a minute apart: the list is newest first.
    for (const [i, name] of ['Alpha GmbH', 'Beta Ltd', 'Gamma SA', 'Delta Inc'].entries()) {
      const at = new Date(clock.now().getTime() - (10 - i) * 60_000);
      ids[name] = await createCustomer(em, name, 'de_individual', at);
    }
    await memberOf(server, ids['Beta Ltd']!, 'BILLING_ADMIN', { email: 'bea@beta.example' });
    const started = await operator.graphql<{
      startEnterpriseContract: { invoice: { number: string } };
    }>(contract, {
      input: {
        accountId: ids['Gamma SA'],
        interval: 'YEAR',
        currency: 'EUR',
        unitAmount: 1_200_000,
        seats: 50,
        idempotencyKey: 'gamma-contract',
      },
    });
    if (started.errors) throw new Error(JSON.stringify(started.errors));
    invoiceNumber = started.data!.startEnterpriseContract.invoice.number;
    await em
      .fork()
      .nativeUpdate(
        Account,
        { id: ids['Delta Inc']! },
        { suspendedAt: clock.now(), suspensionReason: 'fraud check' },
      );
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists every account newest first, with the total', async () => {
    expect(await names({})).toEqual(['Delta Inc', 'Gamma SA', 'Beta Ltd', 'Alpha GmbH']);
  });

  it('finds an account by part of its name, a member’s e-mail or an invoice number', async () => {
    expect(await names({ search: 'alp' })).toEqual(['Alpha GmbH']);
    expect(await names({ search: 'BEA@beta' })).toEqual(['Beta Ltd']);
    expect(await names({ search: invoiceNumber })).toEqual(['Gamma SA']);
    // LIKE wildcards are searched for literally.
    expect(await names({ search: '%' })).toEqual([]);
  });

  it('filters by plan, subscription status, past due and suspension', async () => {
    expect(await names({ planCode: 'enterprise' })).toEqual(['Gamma SA']);
    expect(await names({ subscriptionStatus: 'INCOMPLETE' })).toEqual(['Gamma SA']);
    expect(await names({ suspended: true })).toEqual(['Delta Inc']);
    expect(await names({ suspended: false })).toEqual(['Gamma SA', 'Beta Ltd', 'Alpha GmbH']);
    // The contract invoice is due on net terms (30 days): past due only after that.
    expect(await names({ pastDue: true })).toEqual([]);
    clock.advance(31 * 24 * 3600 * 1000);
    expect(await names({ pastDue: true })).toEqual(['Gamma SA']);
    expect(await names({ pastDue: false })).toEqual(['Delta Inc', 'Beta Ltd', 'Alpha GmbH']);
  });

  it('pages with cursors, and refuses a forged cursor or a page size out of range', async () => {
    const first = await operator.graphql<ListData>(listQuery, { first: 3 });
    const page1 = first.data!.operatorAccounts;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await operator.graphql<ListData>(listQuery, {
      first: 3,
      after: page1.pageInfo.endCursor,
    });
    expect(second.data!.operatorAccounts.edges.map((e) => e.node.name)).toEqual(['Alpha GmbH']);
    expect(second.data!.operatorAccounts.pageInfo.hasNextPage).toBe(false);
    const forged = await operator.graphql(listQuery, { after: 'bm9wZQ' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const huge = await operator.graphql(listQuery, { first: 1000 });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows one account with its members, invoices and credit ledger; an unknown id is NOT_FOUND', async () => {
    const detail = await operator.graphql<{
      operatorAccount: {
        account: { name: string };
        members: { user: { email: string }; role: string }[];
        invoices: { number: string; status: string }[];
        creditLedger: unknown[];
      };
    }>(
      `query($id: ID!) { operatorAccount(id: $id) {
        account { name } members { user { email } role } invoices { number status } creditLedger { id }
      } }`,
      { id: ids['Gamma SA'] },
    );
    expect(detail.data?.operatorAccount).toEqual({
      account: { name: 'Gamma SA' },
      members: [],
      invoices: [{ number: invoiceNumber, status: 'OPEN' }],
      creditLedger: [],
    });
    const beta = await operator.graphql<{ operatorAccount: { members: unknown[] } }>(
      `query($id: ID!) { operatorAccount(id: $id) { members { user { email } role } } }`,
      { id: ids['Beta Ltd'] },
    );
    expect(beta.data?.operatorAccount.members).toEqual([
      { user: { email: 'bea@beta.example' }, role: 'BILLING_ADMIN' },
    ]);
    const unknown = await operator.graphql(
      `{ operatorAccount(id: "acc_nope") { account { id } } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
