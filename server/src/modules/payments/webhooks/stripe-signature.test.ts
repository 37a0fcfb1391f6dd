import Stripe from 'stripe';
import { verifyStripeEvent, WebhookRejected } from './stripe-signature.js';
import { signedDelivery, stripeEventOf } from './stripe-webhook.fixture.js';

/**
 * The signature check on its own (a pure function): signatures made with Stripe's SDK, as Stripe
 * makes them; the route's tests post the same cases over HTTP.
 */
const secret = 'whsec_signature_test';
const body = JSON.stringify(stripeEventOf('charge.refunded', { id: 'ch_sig', object: 'charge' }));
const now = Math.floor(Date.now() / 1000);

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookRejected) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
}

const v1 = (payload: string, key: string, timestamp: number) =>
  Stripe.webhooks
    .generateTestHeaderString({ payload, secret: key, timestamp })
    .split(',')
    .find((item) => item.startsWith('v1='))!;

describe('verifyStripeEvent', () => {
  it('accepts what Stripe signs and keeps the body as received', () => {
    const { signature } = signedDelivery(body, secret);
    const event = verifyStripeEvent(Buffer.from(body), signature, secret);
    expect(event.rawJson).toBe(body);
    expect([event.type, event.objectId, event.livemode]).toEqual([
      'charge.refunded',
      'ch_sig',
      false,
    ]);
  });

  it('agrees with the SDK on every case it decides', () => {
    const cases: [string, string, number][] = [
      ['signed now', signedDelivery(body, secret).signature, now],
      ['another secret', signedDelivery(body, 'whsec_other').signature, now],
      ['301 s old', signedDelivery(body, secret, now - 301).signature, now],
      ['300 s old', signedDelivery(body, secret, now - 300).signature, now],
      ['from the future', signedDelivery(body, secret, now + 120).signature, now],
      ['no timestamp', v1(body, secret, now), now],
      ['no v1', `t=${now},v0=abc`, now],
    ];
    for (const [name, header, at] of cases) {
      let sdk: string | null = null;
      try {
        // The SDK takes the time of receipt in milliseconds.
        Stripe.webhooks.constructEvent(body, header, secret, 300, undefined, at * 1000);
      } catch (error) {
        sdk = (error as Error).message.split('\n')[0]!;
      }
      let ours: string | null = null;
      try {
        verifyStripeEvent(Buffer.from(body), header, secret, at);
      } catch (error) {
        ours = (error as WebhookRejected).reason;
      }
      expect([name, ours]).toEqual([name, sdk === null ? null : `signature check failed: ${sdk}`]);
    }
  });

  it('accepts any of several v1 signatures (a secret being rotated)', () => {
    const header = `t=${now},${v1(body, 'whsec_old', now)},${v1(body, secret, now)}`;
    expect(verifyStripeEvent(Buffer.from(body), header, secret, now).id).toMatch(/^evt_/);
  });

  it('refuses a signature with anything appended, and a body changed after signing', () => {
    const header = `t=${now},${v1(body, secret, now)}00`;
    expect(reasonOf(() => verifyStripeEvent(Buffer.from(body), header, secret, now))).toMatch(
      /No signatures found matching/,
    );
    const { signature } = signedDelivery(body, secret);
    expect(reasonOf(() => verifyStripeEvent(Buffer.from(`${body} `), signature, secret))).toMatch(
      /No signatures found matching/,
    );
  });

  it('refuses a signed body that is not JSON, and no header at all', () => {
    const { signature } = signedDelivery('{"id": "evt_cut', secret);
    expect(
      reasonOf(() => verifyStripeEvent(Buffer.from('{"id": "evt_cut'), signature, secret)),
    ).toBe('the body is not JSON');
    expect(reasonOf(() => verifyStripeEvent(Buffer.from(body), undefined, secret))).toBe(
      'no Stripe-Signature header',
    );
  });
});
