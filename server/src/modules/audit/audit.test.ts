import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CookieClient } from '../../test/browser.js';
import { memberOf } from '../../test/members.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { AuditEvent } from './audit-event.entity.js';
import { actorLoaderFor, auditScope } from './audit.query.js';
import { recordAudit } from './audit.service.js';
import type { AuditAction } from './audit-actions.js';

const auditQuery = `query Audit($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id occurredAt action outcome accountId target ip actorTokenId
        actor { id email name }
        changes { field from to valuesRecorded }
        details { key value }
        summaryText
      }
    }
  }
}`;

interface EventNode {
  id: string;
  occurredAt: string;
  action: string;
  outcome: 'SUCCESS' | 'FAILURE';
  accountId: string | null;
  target: string | null;
  ip: string | null;
  actorTokenId: string | null;
  actor: { id: string; email: string; name: string } | null;
  changes: { field: string; from: string | null; to: string | null; valuesRecorded: boolean }[];
  details: { key: string; value: string }[];
  summaryText: string | null;
}

interface AuditAnswer {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: EventNode }[];
  };
}

type Variables = { filter?: Record<string, unknown>; first?: number; after?: string };

async function audit(client: CookieClient, variables: Variables = {}) {
  return client.graphql<AuditAnswer>(auditQuery, variables);
}

/** Every page of the log as the client walks it, `first` events at a time. */
async function walk(client: CookieClient, variables: Variables, first: number) {
  const pages: EventNode[][] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const { data, errors } = await audit(client, { ...variables, first, after });
    expect(errors).toBeUndefined();
    const connection = data!.auditEvents;
    pages.push(connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return pages;
    after = connection.pageInfo.endCursor!;
  }
  throw new Error('the log never ended');
}

async function accountIdOf(client: CookieClient): Promise<string> {
  const viewer = await client.graphql<{ viewer: { account: { id: string } } }>(
    `{ viewer { account { id } } }`,
  );
  return viewer.data!.viewer.account.id;
}

async function userIdOf(client: CookieClient): Promise<string> {
  const viewer = await client.graphql<{ viewer: { user: { id: string } } }>(
    `{ viewer { user { id } } }`,
  );
  return viewer.data!.viewer.user.id;
}

/** 12:00 UTC on 10 January 2026, minus whole minutes. */
const minutesBefore = (minutes: number) =>
  new Date(Date.UTC(2026, 0, 10, 12, 0) - minutes * 60_000);

describe('audit log over GraphQL', () => {
  let server: TestServer;
  let em: EntityManager;
  let acmeAdmin: CookieClient;
  let globexAdmin: CookieClient;
  let operator: CookieClient;
  let acme: string;
  let globex: string;
  let acmeAdminId: string;
  let clerkId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
    em = server.db.orm.em.fork();
    acmeAdmin = new CookieClient(server.url);
    await acmeAdmin.signInWithDevProvider('owner@acme.example', 'Ada Owner');
    globexAdmin = new CookieClient(server.url);
    await globexAdmin.signInWithDevProvider('owner@globex.example', 'Gus Globex');
    operator = new CookieClient(server.url);
    await operator.signInWithDevProvider('ops@vendor.example', 'Olga Operator');
    acme = await accountIdOf(acmeAdmin);
    globex = await accountIdOf(globexAdmin);
    // The audit log is a feature of Advanced and up (the catalog); both accounts are on it.
    await em
      .getConnection()
      .execute(
        `update account set plan_id = (select id from plan where code = 'advanced') where id in (?, ?)`,
        [acme, globex],
      );
    acmeAdminId = await userIdOf(acmeAdmin);
    const clerk = await memberOf(server, acme, 'BILLING_USER', { email: 'clerk@acme.example' });
    clerkId = await userIdOf(clerk);

    // 36 Acme events in January 2026, three to each minute, so page boundaries fall between
    // events recorded at the same instant.
    for (let i = 0; i < 36; i++) {
      const kind = i % 4;
      recordAudit(em, {
        occurredAt: minutesBefore(Math.floor(i / 3)),
        accountId: acme,
        actorUserId: kind === 3 ? clerkId : acmeAdminId,
        target: acme,
        ip: '203.0.113.7',
        ...(kind === 0
          ? {
              action: 'account.update',
              summary: { name: { from: `Acme ${i}`, to: `Acme ${i + 1}` } },
            }
          : kind === 1
            ? { action: 'billing_details.update', summary: { fields: ['legalName', 'city'] } }
            : kind === 2
              ? { action: 'auth.sign_in', summary: { provider: 'dev' } }
              : { action: 'auth.sign_in', outcome: 'failure' as const }),
      });
    }
    // Written by the system (a renewal job), and one whose name only looks like a prefix match
    // if "_" were a wildcard.
    recordAudit(em, {
      occurredAt: minutesBefore(100),
      accountId: acme,
      action: 'invoice.void',
      target: 'inv_1',
      summary: { number: 'INV-2026-01-00001', refundedToBalance: 1500 },
    });
    recordAudit(em, {
      occurredAt: minutesBefore(101),
      accountId: acme,
      // No current code records this: it stands for a row an older version wrote.
      action: 'billingXdetails.update' as AuditAction,
    });
    recordAudit(em, {
      occurredAt: minutesBefore(5),
      accountId: globex,
      actorUserId: acmeAdminId,
      action: 'account.update',
      summary: { name: { from: 'Globex', to: 'Globex Corp' } },
    });
    await em.flush();
  });
  afterAll(async () => {
    await server.close();
  });

  it('pages through every Acme event newest first, each exactly once, across five pages', async () => {
    const stored = await em.fork().find(AuditEvent, { accountId: acme });
    // By hand: newest instant first, ties by id descending.
    const expected = stored
      .sort(
        (a, b) =>
          b.occurredAt.getTime() - a.occurredAt.getTime() ||
          (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
      )
      .map((event) => event.id);
    expect(expected.length).toBeGreaterThan(30);

    const pages = await walk(acmeAdmin, {}, 10);
    expect(pages.map((page) => page.length)).toEqual([10, 10, 10, 9]);
    expect(pages.flat().map((event) => event.id)).toEqual(expected);

    const first = await audit(acmeAdmin, { first: 10 });
    expect(first.data!.auditEvents.totalCount).toBe(expected.length);
  });

  it('continues from a cursor where it left off even when newer events arrive meanwhile', async () => {
    const first = await audit(acmeAdmin, { first: 10 });
    const cursor = first.data!.auditEvents.pageInfo.endCursor!;
    const before = await audit(acmeAdmin, { first: 10, after: cursor });

    const fork = server.db.orm.em.fork();
    recordAudit(fork, { occurredAt: new Date(), accountId: acme, action: 'account.update' });
    await fork.flush();

    const after = await audit(acmeAdmin, { first: 10, after: cursor });
    expect(after.data!.auditEvents.edges.map((e) => e.node.id)).toEqual(
      before.data!.auditEvents.edges.map((e) => e.node.id),
    );
    expect(after.data!.auditEvents.totalCount).toBe(before.data!.auditEvents.totalCount + 1);
    // Each edge's cursor continues right after that edge.
    const edges = first.data!.auditEvents.edges;
    const fromFifth = await audit(acmeAdmin, { first: 2, after: edges[4]!.cursor });
    expect(fromFifth.data!.auditEvents.edges.map((e) => e.node.id)).toEqual(
      [edges[5], edges[6]].map((edge) => edge!.node.id),
    );
  });

  it('shows who acted, what changed and the recorded details', async () => {
    const { data } = await audit(acmeAdmin, {
      filter: { from: minutesBefore(0).toISOString(), to: minutesBefore(0).toISOString() },
    });
    const events = data!.auditEvents.edges.map((edge) => edge.node);
    const [rename, details, signIn] = [
      events.find((e) => e.action === 'account.update')!,
      events.find((e) => e.action === 'billing_details.update')!,
      events.find((e) => e.action === 'auth.sign_in')!,
    ];
    expect(rename).toMatchObject({
      occurredAt: '2026-01-10T12:00:00.000Z',
      outcome: 'SUCCESS',
      accountId: acme,
      target: acme,
      ip: '203.0.113.7',
      actorTokenId: null,
      actor: { id: acmeAdminId, email: 'owner@acme.example', name: 'Ada Owner' },
      changes: [{ field: 'name', from: 'Acme 0', to: 'Acme 1', valuesRecorded: true }],
      details: [],
    });
    expect(JSON.parse(rename.summaryText!)).toEqual({ name: { from: 'Acme 0', to: 'Acme 1' } });
    expect(details.changes).toEqual([
      { field: 'legalName', from: null, to: null, valuesRecorded: false },
      { field: 'city', from: null, to: null, valuesRecorded: false },
    ]);
    expect(signIn.details).toEqual([{ key: 'provider', value: 'dev' }]);

    const system = await audit(acmeAdmin, { filter: { action: 'invoice.' } });
    expect(system.data!.auditEvents.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        actor: null,
        changes: [],
        details: [
          { key: 'number', value: 'INV-2026-01-00001' },
          { key: 'refundedToBalance', value: '1500' },
        ],
      }),
    ]);
  });

  it('filters by action prefix, actor e-mail, outcome and time range', async () => {
    const actions = async (filter: Record<string, unknown>) => {
      const pages = await walk(acmeAdmin, { filter }, 100);
      return pages.flat();
    };

    const auth = await actions({ action: 'auth.' });
    // 18 seeded sign-ins (9 succeeded, 9 failed) plus the admin's real sign-up.
    expect(auth).toHaveLength(18 + 1);
    expect(new Set(auth.map((e) => e.action))).toEqual(new Set(['auth.sign_in', 'auth.sign_up']));

    // "_" is a literal underscore, not a wildcard: billingXdetails.update stays out.
    const billing = await actions({ action: 'billing_details.' });
    expect(billing).toHaveLength(9);

    const byClerk = await actions({ actorEmail: '  Clerk@Acme.example ' });
    expect(byClerk).toHaveLength(9);
    expect(byClerk.every((e) => e.actor?.id === clerkId)).toBe(true);
    expect(await actions({ actorEmail: 'nobody@acme.example' })).toEqual([]);

    const failures = await actions({ outcome: 'FAILURE' });
    expect(failures).toHaveLength(9);
    expect(failures.every((e) => e.action === 'auth.sign_in' && e.outcome === 'FAILURE')).toBe(
      true,
    );

    // Minutes 2 to 3 before noon, both ends included: six events.
    const window = await actions({
      from: minutesBefore(3).toISOString(),
      to: minutesBefore(2).toISOString(),
    });
    expect(window.map((e) => e.occurredAt)).toEqual([
      ...Array(3).fill('2026-01-10T11:58:00.000Z'),
      ...Array(3).fill('2026-01-10T11:57:00.000Z'),
    ]);

    const combined = await audit(acmeAdmin, {
      filter: { action: 'auth.sign_in', outcome: 'SUCCESS', to: minutesBefore(0).toISOString() },
      first: 1,
    });
    expect(combined.data!.auditEvents.totalCount).toBe(9);
  });

  it('answers PLAN_LIMIT naming Advanced to a Billing Admin whose plan has no audit log', async () => {
    const initech = new CookieClient(server.url);
    await initech.signInWithDevProvider('owner@initech.example', 'Bill Lumbergh');
    const initechId = await accountIdOf(initech);
    for (const plan of ['free', 'basic']) {
      await em
        .getConnection()
        .execute(`update account set plan_id = (select id from plan where code = ?) where id = ?`, [
          plan,
          initechId,
        ]);
      const { data, errors } = await audit(initech);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toEqual({
        code: 'PLAN_LIMIT',
        feature: 'audit_log',
        upgradePlan: 'advanced',
      });
      expect(errors?.[0]?.message).toMatch(
        /Audit log is not part of your (Free|Basic) plan; Advanced includes it\./,
      );
    }
  });

  it('refuses the log to a Viewer and a Billing User', async () => {
    for (const role of ['VIEWER', 'BILLING_USER'] as const) {
      const member = await memberOf(server, acme, role);
      const { data, errors } = await audit(member);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await audit(new CookieClient(server.url));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("never shows a Billing Admin another account's events", async () => {
    const pages = await walk(globexAdmin, {}, 100);
    const events = pages.flat();
    expect(events.map((e) => e.action).sort()).toEqual(['account.update', 'auth.sign_up']);
    expect(events.every((e) => e.accountId === globex)).toBe(true);

    const asked = await audit(globexAdmin, { filter: { accountId: acme } });
    expect(asked.data).toBeNull();
    expect(asked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await audit(globexAdmin, { filter: { accountId: globex } });
    expect(own.data?.auditEvents.totalCount).toBe(2);
  });

  it('shows an operator every account and filters by account', async () => {
    const all = await audit(operator, { first: 100 });
    expect(all.errors).toBeUndefined();
    const accounts = new Set(all.data!.auditEvents.edges.map((e) => e.node.accountId));
    expect(accounts.has(acme) && accounts.has(globex)).toBe(true);

    const globexOnly = await walk(operator, { filter: { accountId: globex } }, 100);
    expect(globexOnly.flat().map((e) => e.accountId)).toEqual([globex, globex]);
    const acmeFailures = await audit(operator, {
      filter: { accountId: acme, outcome: 'FAILURE' },
    });
    expect(acmeFailures.data!.auditEvents.totalCount).toBe(9);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: -5 }, 'first'],
    [{ after: 'not a cursor' }, 'after'],
    [{ after: Buffer.from('["yesterday","aud_1"]').toString('base64url') }, 'after'],
    [{ after: Buffer.from('["2026-01-10T12:00:00.000Z","acc_1"]').toString('base64url') }, 'after'],
    [{ after: Buffer.from('{"id":"aud_1"}').toString('base64url') }, 'after'],
    [
      {
        filter: {
          from: minutesBefore(0).toISOString(),
          to: minutesBefore(10).toISOString(),
        },
      },
      'to',
    ],
  ])('answers %j with a BAD_USER_INPUT error on `%s`', async (variables, field) => {
    const { data, errors } = await audit(acmeAdmin, variables);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('audit log scope', () => {
  it('gives a member with AUDIT_READ their own account and an operator any or all', () => {
    const admin = { isOperator: false, accountId: 'acc_a', canReadAccountLog: true };
    expect(auditScope(admin)).toBe('acc_a');
    expect(auditScope(admin, 'acc_a')).toBe('acc_a');
    expect(() => auditScope(admin, 'acc_b')).toThrow("You can only read your own account's");
    expect(() => auditScope({ ...admin, canReadAccountLog: false })).toThrow('permission');

    const staff = { isOperator: true, accountId: null, canReadAccountLog: false };
    expect(auditScope(staff)).toBeNull();
    expect(auditScope(staff, ' acc_b ')).toBe('acc_b');
  });
});

describe('audit actor loading', () => {
  it('fetches the actors of a whole page in one query', async () => {
    const found: string[][] = [];
    const em = {
      find: async (_entity: unknown, where: { id: { $in: string[] } }) => {
        found.push(where.id.$in);
        return where.id.$in
          .filter((id) => id !== 'usr_gone')
          .map((id) => ({ id, email: `${id}@example.com`, name: id }));
      },
    } as unknown as EntityManager;
    const loader = actorLoaderFor({ em });
    const actors = await Promise.all(
      ['usr_a', 'usr_b', 'usr_a', 'usr_gone', 'usr_c'].map((id) => loader.load(id)),
    );
    expect(found).toEqual([['usr_a', 'usr_b', 'usr_gone', 'usr_c']]);
    expect(actors.map((actor) => actor?.id ?? null)).toEqual([
      'usr_a',
      'usr_b',
      'usr_a',
      null,
      'usr_c',
    ]);
  });
});
