import { connect } from 'node:net';
import { pino } from 'pino';
import { CookieClient } from '../test/browser.js';
import { hostileFixture, operatorEmail, type HostileFixture } from '../test/hostile-input.js';
import { startTestServer, type TestServer } from '../test/server.js';

/**
 * The cases the input guard was written for (CONTRIBUTING.md, "Hostile input"), each answered as
 * a client error instead of INTERNAL_SERVER_ERROR / 500; input-fuzz.test.ts covers the rest of
 * the schema with generated requests.
 */
describe('hostile input at the boundary', () => {
  let server: TestServer;
  let fixture: HostileFixture;
  /** What the app logged at warn and above, one parsed line each. */
  const logged: { msg: string; status?: number }[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      env: { OPERATOR_EMAILS: operatorEmail, TEST_CLOCK: '1' },
      log: pino({ level: 'warn' }, { write: (line: string) => logged.push(JSON.parse(line)) }),
    });
    fixture = await hostileFixture(server);
  });
  afterAll(async () => {
    await server.close();
  });

  async function refusal(client: CookieClient, query: string, variables?: Record<string, unknown>) {
    const answer = await client.graphql(query, variables);
    expect(answer.errors).toHaveLength(1);
    return answer.errors![0]!.extensions;
  }

  describe('a NUL character in a string that would reach PostgreSQL', () => {
    const cases: [string, 'admin' | 'operator', string, (f: HostileFixture) => object, string][] = [
      [
        'revokeApiToken',
        'admin',
        `mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { id } }`,
        () => ({ input: { id: 'tok_\u0000' } }),
        'input.id',
      ],
      [
        'invoice',
        'admin',
        `query($id: ID!) { invoice(id: $id) { id } }`,
        () => ({ id: '\u0000' }),
        'id',
      ],
      [
        'removeMember',
        'admin',
        `mutation($input: MemberIdInput!) { removeMember(input: $input) { id } }`,
        (f) => ({ input: { memberId: `${f.memberId}\u0000` } }),
        'input.memberId',
      ],
      [
        'revokeInvite',
        'admin',
        `mutation($input: InvitationIdInput!) { revokeInvite(input: $input) { id } }`,
        () => ({ input: { invitationId: 'inv\u0000' } }),
        'input.invitationId',
      ],
      [
        'revokeSession',
        'admin',
        `mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { revokedCount } }`,
        () => ({ input: { id: '\u0000' } }),
        'input.id',
      ],
      [
        'switchAccount',
        'admin',
        `mutation($input: SwitchAccountInput!) { switchAccount(input: $input) { __typename } }`,
        () => ({ input: { accountId: 'acc_\u0000' } }),
        'input.accountId',
      ],
      [
        'changeSubscription.planCode',
        'admin',
        `mutation($input: ChangeSubscriptionInput!) { changeSubscription(input: $input) { __typename } }`,
        () => ({ input: { planCode: 'advanced\u0000', idempotencyKey: 'nul-plan' } }),
        'input.planCode',
      ],
      [
        'voidInvoice.reason',
        'operator',
        `mutation($input: VoidInvoiceInput!) { voidInvoice(input: $input) { __typename } }`,
        (f) => ({ input: { invoiceId: f.invoiceId, reason: 'Duplicate\u0000' } }),
        'input.reason',
      ],
      [
        'recordBankTransfer.reference',
        'operator',
        `mutation($input: RecordBankTransferInput!) { recordBankTransfer(input: $input) { __typename } }`,
        (f) => ({
          input: {
            invoiceId: f.invoiceId,
            amount: { amount: 100, currency: 'EUR' },
            receivedAt: new Date().toISOString(),
            reference: 'REF\u0000',
            idempotencyKey: 'nul-reference',
          },
        }),
        'input.reference',
      ],
      [
        'resetTwoFactor.email',
        'operator',
        `mutation($input: ResetTwoFactorInput!) { resetTwoFactor(input: $input) { __typename } }`,
        () => ({ input: { email: 'ada@a.example\u0000', reason: 'Ticket 1' } }),
        'input.email',
      ],
      [
        'invoices filter.number',
        'admin',
        `query($filter: InvoiceFilter) { invoices(filter: $filter) { pageInfo { hasNextPage } } }`,
        () => ({ filter: { number: '2026\u0000' } }),
        'filter.number',
      ],
      [
        'auditEvents filter.action',
        'operator',
        `query($filter: AuditEventFilter) { auditEvents(filter: $filter) { totalCount } }`,
        () => ({ filter: { action: 'auth.\u0000' } }),
        'filter.action',
      ],
    ];

    it.each(cases)(
      '%s: BAD_USER_INPUT naming the argument',
      async (_name, who, query, vars, field) => {
        const client = who === 'admin' ? fixture.admin : fixture.operator;
        expect(await refusal(client, query, vars(fixture) as Record<string, unknown>)).toEqual({
          code: 'BAD_USER_INPUT',
          field,
        });
      },
    );

    it('is refused in a literal argument as in a variable', async () => {
      const extensions = await refusal(
        fixture.admin,
        `mutation { updateAccount(input: { name: "Acme\\u0000" }) { name } }`,
      );
      expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    });

    it('in a pagination cursor, whether sent as it is or hidden in its encoding', async () => {
      const query = `query($after: String) { invoices(after: $after) { pageInfo { hasNextPage } } }`;
      expect(await refusal(fixture.admin, query, { after: 'x\u0000' })).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      for (const after of ['AA==', Buffer.from('\u0000|\u0000').toString('base64url')]) {
        const answer = await fixture.admin.graphql(query, { after });
        expect(answer.errors?.[0]?.extensions?.code ?? null).not.toBe('INTERNAL_SERVER_ERROR');
      }
    });
  });

  describe('a lone UTF-16 surrogate, which cannot be written to the audit log', () => {
    const cases: [string, 'admin' | 'operator', string, (f: HostileFixture) => object, string][] = [
      [
        'updateAccount.name',
        'admin',
        `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }`,
        () => ({ input: { name: 'x\ud800y' } }),
        'input.name',
      ],
      [
        'createApiToken.name',
        'admin',
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
        () => ({ input: { name: 'x\ud800y', scopes: ['INVOICES_READ'] } }),
        'input.name',
      ],
      [
        'cancelSubscription.comment',
        'admin',
        `mutation($input: CancelSubscriptionInput!) { cancelSubscription(input: $input) { outcome } }`,
        () => ({
          input: {
            timing: 'PERIOD_END',
            reason: 'UNUSED',
            comment: 'x\ud800y',
            idempotencyKey: 'surrogate-comment',
          },
        }),
        'input.comment',
      ],
      [
        'voidInvoice.reason',
        'operator',
        `mutation($input: VoidInvoiceInput!) { voidInvoice(input: $input) { __typename } }`,
        (f) => ({ input: { invoiceId: f.invoiceId, reason: 'x\udc00y' } }),
        'input.reason',
      ],
    ];

    it.each(cases)(
      '%s: BAD_USER_INPUT naming the argument',
      async (_name, who, query, vars, field) => {
        const client = who === 'admin' ? fixture.admin : fixture.operator;
        expect(await refusal(client, query, vars(fixture) as Record<string, unknown>)).toEqual({
          code: 'BAD_USER_INPUT',
          field,
        });
      },
    );

    it('leaves the invoice and the subscription as they were (nothing lost, nothing half-done)', async () => {
      const { invoice } = (
        await fixture.admin.graphql<{ invoice: { status: string } }>(
          `query($id: ID!) { invoice(id: $id) { status } }`,
          { id: fixture.invoiceId },
        )
      ).data!;
      expect(invoice.status).toBe('OPEN');
    });

    it('accepts a well-formed surrogate pair (an emoji)', async () => {
      const answer = await fixture.admin.graphql<{ updateAccount: { name: string } }>(
        `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }`,
        { input: { name: 'Acme 🙂' } },
      );
      expect(answer).toEqual({ data: { updateAccount: { name: 'Acme 🙂' } } });
    });
  });

  it('advanceTestClock by 2147483647 days: BAD_USER_INPUT on days, the clock stays put', async () => {
    const read = `{ testClock { now } }`;
    const before = (await fixture.operator.graphql<{ testClock: { now: string } }>(read)).data!;
    const extensions = await refusal(
      fixture.operator,
      `mutation($input: AdvanceTestClockInput!) { advanceTestClock(input: $input) { now } }`,
      { input: { days: 2147483647 } },
    );
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
    const after = (await fixture.operator.graphql<{ testClock: { now: string } }>(read)).data!;
    expect(
      new Date(after.testClock.now).getTime() - new Date(before.testClock.now).getTime(),
    ).toBeLessThan(86_400_000);
  });

  describe('recordBankTransfer.receivedAt', () => {
    const record = `mutation($input: RecordBankTransferInput!) {
      recordBankTransfer(input: $input) { payment { receivedAt } } }`;
    const transfer = (f: HostileFixture, receivedAt: string, key: string) => ({
      input: {
        invoiceId: f.invoiceId,
        amount: { amount: 100, currency: 'EUR' },
        receivedAt,
        reference: 'REF-1',
        idempotencyKey: key,
      },
    });

    it('year 0001: BAD_USER_INPUT naming receivedAt', async () => {
      const extensions = await refusal(
        fixture.operator,
        record,
        transfer(fixture, '0001-01-01T00:00:00.000Z', 'year-1'),
      );
      expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.receivedAt' });
    });

    it('1970, before the invoice was issued: BAD_USER_INPUT naming receivedAt', async () => {
      const answer = await fixture.operator.graphql(
        record,
        transfer(fixture, '1970-01-01T00:00:00.000Z', 'year-1970'),
      );
      expect(answer.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'receivedAt',
      });
      expect(answer.errors?.[0]?.message).toMatch(/before invoice .* was issued/);
    });

    it('more than a day before the invoice was issued: BAD_USER_INPUT naming receivedAt', async () => {
      const dayBefore = new Date(server.clock.now().getTime() - 25 * hourMs).toISOString();
      const answer = await fixture.operator.graphql(
        record,
        transfer(fixture, dayBefore, 'day-before'),
      );
      expect(answer.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'receivedAt',
      });
    });

    it('hours before the invoice was issued, within a day: recorded', async () => {
      // A day's slack: banks date transfers by their own calendar day (bank-transfer.service.ts).
      const receivedAt = new Date(server.clock.now().getTime() - 12 * hourMs).toISOString();
      const answer = await fixture.operator.graphql(
        record,
        transfer(fixture, receivedAt, 'after-issue'),
      );
      expect(answer.errors).toBeUndefined();
    });
  });

  describe('URLs', () => {
    it.each([
      ['/invoices/%00/pdf'],
      ['/auth/%00/start'],
      ['/auth/dev/start?returnTo=%00'],
      ['/members?x=%ED%A0%80'],
      ['/invoices/%E0%A4%A/pdf'],
    ])('GET %s: 400 BAD_REQUEST', async (path) => {
      const response = await fixture.admin.request(path);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'BAD_REQUEST',
      );
    });

    it('a session cookie holding %00 is no session, not a crash', async () => {
      const client = new CookieClient(server.url);
      client.setCookie('ll_session', '%00');
      const answer = await client.graphql(`{ viewer { user { id } } }`);
      expect(answer).toEqual({ data: { viewer: null } });
    });
  });

  it('a development sign-in with a NUL in the e-mail: the form says why, nobody is signed in', async () => {
    const client = new CookieClient(server.url);
    const start = await client.follow(`/auth/dev/start?returnTo=%2F`);
    const action = /action="([^"]+\/login)"/.exec(await start.response.text())![1]!;
    const posted = await client.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ email: 'eve\u0000@example.com', name: 'Eve' }).toString(),
    });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain('Enter a valid e-mail address');
    const named = await client.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ email: 'eve@example.com', name: 'Eve\u0000' }).toString(),
    });
    expect(named.status).toBe(400);
    expect(await named.text()).toContain('Enter a name without NUL characters');
    expect(client.cookie('ll_session')).toBeUndefined();
  });

  describe('request bodies', () => {
    /** Sends raw bytes and reads until the server closes or answers; never sends a body. */
    function rawRequest(head: string): Promise<string> {
      const { hostname, port } = new URL(server.url);
      return new Promise((resolve, reject) => {
        const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
        let received = '';
        socket.on('data', (chunk) => {
          received += chunk.toString('latin1');
          if (received.includes('\r\n\r\n') && received.includes('}')) {
            socket.destroy();
            resolve(received);
          }
        });
        socket.on('error', reject);
        socket.on('close', () => resolve(received));
        socket.write(head);
      });
    }

    it('declaring Content-Length 999999999 and sending nothing: 413 at once, connection closed', async () => {
      const answer = await rawRequest(
        'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          'Content-Length: 999999999\r\n\r\n',
      );
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.toLowerCase()).toContain('connection: close');
      expect(answer).toContain('PAYLOAD_TOO_LARGE');
    });

    it('the same on any other route', async () => {
      const answer = await rawRequest(
        'POST /auth/sign-out HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          `Origin: ${server.url}\r\nContent-Length: 999999999\r\n\r\n`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    });

    it('a body over the limit sent without a declared length: 413 PAYLOAD_TOO_LARGE', async () => {
      const body = JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(200 * 1024) });
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // A stream: sent chunked, so the body parser itself finds it too large.
        body: new Blob([body]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
      });
    });

    it('malformed JSON: 400 BAD_REQUEST saying so', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
      });
    });

    it('logs those answers as client errors, never as "unhandled error"', () => {
      expect(logged.filter((line) => line.msg === 'unhandled error')).toEqual([]);
      expect(
        logged.filter((line) => line.msg === 'client error').map((line) => line.status),
      ).toEqual(expect.arrayContaining([400, 413]));
    });
  });
});

const hourMs = 60 * 60 * 1000;
