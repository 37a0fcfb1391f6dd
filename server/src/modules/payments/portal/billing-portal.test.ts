import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLocalstripe, type Localstripe } from '../../../test/localstripe.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { createCustomer } from '../../billing/subscriptions/billing.fixture.js';
import { StripeCustomer } from '../stripe/stripe-customer.entity.js';

const openPortal = 'mutation { createBillingPortalSession { url } }';

interface PortalRequest {
  authorization: string | undefined;
  form: Record<string, string>;
}

/**
 * localstripe has no Customer Portal (billing_portal/sessions answers 404), so this test puts a
 * local HTTP responder in front of it: `POST /v1/billing_portal/sessions` is recorded and answered
 * the way Stripe documents it (or with Stripe's error when the portal is not set up); every other
 * request goes on to localstripe, which creates the account's Stripe customer for real. What is
 * tested is the request our code sends and what it does with the answer.
 */
describe('Manage in Stripe: Customer Portal sessions', () => {
  let standIn: Localstripe;
  let responder: Server;
  let server: TestServer;
  const portalRequests: PortalRequest[] = [];
  let portalConfigured = true;

  async function bodyOf(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  beforeAll(async () => {
    standIn = await startLocalstripe();
    responder = createServer((req, res) => {
      void (async () => {
        const body = await bodyOf(req);
        if (req.method === 'POST' && req.url === '/v1/billing_portal/sessions') {
          const form = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
          portalRequests.push({ authorization: req.headers.authorization, form });
          res.setHeader('content-type', 'application/json');
          if (!portalConfigured) {
            res.statusCode = 400;
            res.end(
              JSON.stringify({
                error: {
                  type: 'invalid_request_error',
                  message:
                    'No configuration provided and your test mode default configuration has not been created.',
                },
              }),
            );
            return;
          }
          res.end(
            JSON.stringify({
              id: 'bps_test_portal',
              object: 'billing_portal.session',
              customer: form.customer,
              return_url: form.return_url,
              livemode: false,
              created: Math.floor(Date.now() / 1000),
              url: 'https://billing.stripe.com/p/session/test_portal',
            }),
          );
          return;
        }
        const forwarded = await fetch(`${standIn.url}${req.url}`, {
          method: req.method,
          headers: Object.fromEntries(
            Object.entries(req.headers).filter(
              (entry): entry is [string, string] =>
                typeof entry[1] === 'string' && entry[0] !== 'host' && entry[0] !== 'connection',
            ),
          ),
          body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
        });
        res.statusCode = forwarded.status;
        res.setHeader('content-type', forwarded.headers.get('content-type') ?? 'application/json');
        res.end(Buffer.from(await forwarded.arrayBuffer()));
      })();
    });
    await new Promise<void>((resolve) => responder.listen(0, '127.0.0.1', resolve));
    const { port } = responder.address() as AddressInfo;
    server = await startTestServer({
      env: {
        ...standIn.env,
        STRIPE_API_BASE: `http://127.0.0.1:${port}`,
        STRIPE_CUSTOMER_PORTAL: '1',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => responder?.close(resolve));
    await standIn?.stop();
  });

  it('creates the Stripe customer, asks Stripe for a session returning to Payment methods, and answers its URL', async () => {
    const accountId = await createCustomer(
      server.db.orm.em.fork(),
      'Portal GmbH',
      'fr_business',
      server.clock.now(),
    );
    const admin = await memberOf(server, accountId, 'BILLING_ADMIN');

    const answer = await admin.graphql<{ createBillingPortalSession: { url: string } }>(openPortal);

    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createBillingPortalSession.url).toBe(
      'https://billing.stripe.com/p/session/test_portal',
    );
    const customer = await server.db.orm.em
      .fork()
      .findOneOrFail(StripeCustomer, { account: accountId });
    expect(portalRequests).toEqual([
      {
        authorization: `Bearer ${server.config.stripe!.secretKey}`,
        form: {
          customer: customer.stripeCustomerId,
          return_url: `${server.config.publicUrl.origin}/billing/payment-methods?portal=returned`,
        },
      },
    ]);
    // The customer really exists at the stand-in (created through the responder).
    const atStripe = await fetch(`${standIn.url}/v1/customers/${customer.stripeCustomerId}`, {
      headers: { authorization: `Bearer ${server.config.stripe!.secretKey}` },
    });
    expect(atStripe.status).toBe(200);
    expect(
      await server.db.orm.em
        .fork()
        .count(AuditEvent, { action: 'billing_portal.opened', accountId }),
    ).toBe(1);
  });

  it('says so plainly when Stripe has no portal configured, and opens nothing', async () => {
    portalConfigured = false;
    try {
      const accountId = await createCustomer(
        server.db.orm.em.fork(),
        'No Portal Ltd',
        'us_individual',
        server.clock.now(),
      );
      const admin = await memberOf(server, accountId, 'BILLING_ADMIN');
      const answer = await admin.graphql(openPortal);
      expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(answer.errors?.[0]?.message).toBe(
        'Stripe could not open its Customer Portal (No configuration provided and your test mode default configuration has not been created.). Manage your cards here instead.',
      );
      expect(
        await server.db.orm.em
          .fork()
          .count(AuditEvent, { action: 'billing_portal.opened', accountId }),
      ).toBe(0);
    } finally {
      portalConfigured = true;
    }
  });

  it('is refused to a Viewer', async () => {
    const accountId = await createCustomer(
      server.db.orm.em.fork(),
      'Viewer Co',
      'de_individual',
      server.clock.now(),
    );
    const viewer = await memberOf(server, accountId, 'VIEWER');
    const answer = await viewer.graphql(openPortal);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
