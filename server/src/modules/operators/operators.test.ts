import 'reflect-metadata';
import { systemClock } from '../../clock.js';
import { CookieClient } from '../../test/browser.js';
import { enrolTwoFactor } from '../../test/authenticator.js';
import { signedInWithoutAccount } from '../../test/sessions.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { OperatorGrant } from './operator-grant.entity.js';
import { grantOperator, listOperators, revokeOperator } from './operator-grants.service.js';

const viewerQuery = `{ viewer { isOperator operatorNeedsTwoFactor account { id } } }`;
interface ViewerData {
  viewer: { isOperator: boolean; operatorNeedsTwoFactor: boolean; account: { id: string } | null };
}
const outboxQuery = `{ mailOutbox(first: 1) { edges { node { id } } } }`;

describe('operators: OPERATOR_EMAILS and grants from the command line', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('a grant makes a person an operator at their next request, and revoking takes it away; both are audited once', async () => {
    const person = await signedInWithoutAccount(server, 'newhire@vendor.example');
    const before = await person.graphql<ViewerData>(viewerQuery);
    expect(before.data?.viewer.isOperator).toBe(false);
    expect((await person.graphql(outboxQuery)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const em = server.db.orm.em.fork();
    const at = systemClock.now();
    expect(await grantOperator(em, ' NewHire@Vendor.example ', at, { note: 'support' })).toEqual({
      email: 'newhire@vendor.example',
      changed: true,
    });
    // A second grant changes nothing and records nothing.
    expect((await grantOperator(em.fork(), 'newhire@vendor.example', at)).changed).toBe(false);
    expect((await person.graphql<ViewerData>(viewerQuery)).data?.viewer.isOperator).toBe(true);
    expect((await person.graphql(outboxQuery)).errors).toBeUndefined();
    expect(await listOperators(em.fork(), server.config)).toEqual([
      { email: 'ops@vendor.example', source: 'config', grantedAt: null, note: null },
      { email: 'newhire@vendor.example', source: 'grant', grantedAt: at, note: 'support' },
    ]);

    expect(
      (await revokeOperator(em.fork(), 'newhire@vendor.example', at, server.config)).changed,
    ).toBe(true);
    expect((await person.graphql<ViewerData>(viewerQuery)).data?.viewer.isOperator).toBe(false);
    const audit = await em
      .fork()
      .find(
        AuditEvent,
        { target: 'newhire@vendor.example' },
        { orderBy: { occurredAt: 'asc', id: 'asc' } },
      );
    expect(audit.map((e) => e.action).sort()).toEqual(['operator.grant', 'operator.revoke']);
  });

  it('refuses a malformed address, and revoking an OPERATOR_EMAILS address, saying why', async () => {
    const em = server.db.orm.em.fork();
    await expect(grantOperator(em, 'not an address', systemClock.now())).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(
      revokeOperator(em, 'ops@vendor.example', systemClock.now(), server.config),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('OPERATOR_EMAILS'),
    });
    expect(await em.count(OperatorGrant, {})).toBe(0);
  });

  it('an unverified address never makes an operator', async () => {
    const em = server.db.orm.em.fork();
    await grantOperator(em, 'unverified@vendor.example', systemClock.now());
    const client = await signedInWithoutAccount(server, 'unverified@vendor.example');
    await em
      .fork()
      .nativeUpdate(
        (await import('../users/user.entity.js')).User,
        { email: 'unverified@vendor.example' },
        { emailVerified: false },
      );
    expect((await client.graphql<ViewerData>(viewerQuery)).data?.viewer.isOperator).toBe(false);
  });

  it('a granted operator signing in for the first time gets no customer account and lands in the back office', async () => {
    await grantOperator(server.db.orm.em.fork(), 'granted@vendor.example', systemClock.now());
    const browser = new CookieClient(server.url);
    const landed = await browser.signInWithDevProvider('granted@vendor.example', 'Gran Ted');
    expect(landed.pathname).toBe('/operator');
    const viewer = (await browser.graphql<ViewerData>(viewerQuery)).data?.viewer;
    expect(viewer).toEqual({ isOperator: true, operatorNeedsTwoFactor: false, account: null });
  });
});

describe('OPERATOR_REQUIRE_TWO_FACTOR=1', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      env: { OPERATOR_EMAILS: 'ops@vendor.example', OPERATOR_REQUIRE_TWO_FACTOR: '1' },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('an operator without two-factor sign-in holds no operator rights until they turn it on', async () => {
    const ops = await signedInWithoutAccount(server, 'ops@vendor.example');
    expect((await ops.graphql<ViewerData>(viewerQuery)).data?.viewer).toEqual({
      isOperator: false,
      operatorNeedsTwoFactor: true,
      account: null,
    });
    expect((await ops.graphql(outboxQuery)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await enrolTwoFactor(ops);
    expect((await ops.graphql<ViewerData>(viewerQuery)).data?.viewer).toEqual({
      isOperator: true,
      operatorNeedsTwoFactor: false,
      account: null,
    });
    expect((await ops.graphql(outboxQuery)).errors).toBeUndefined();
  });

  it('is off for customers: nobody else is told to turn two-factor on', async () => {
    const customer = await signedInWithoutAccount(server, 'customer@example.com');
    expect((await customer.graphql<ViewerData>(viewerQuery)).data?.viewer).toEqual({
      isOperator: false,
      operatorNeedsTwoFactor: false,
      account: null,
    });
  });
});
