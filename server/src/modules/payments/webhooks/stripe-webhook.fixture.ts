import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';

/** A Stripe-shaped event (the fields the route checks, and the object it is about). */
export function stripeEventOf(
  type: string,
  object: { id: string } & Record<string, unknown>,
  options: { id?: string; created?: Date } = {},
): Record<string, unknown> {
  return {
    id: options.id ?? `evt_test${randomBytes(9).toString('hex')}`,
    object: 'event',
    api_version: '2017-08-15',
    created: Math.floor((options.created ?? new Date()).getTime() / 1000),
    livemode: false,
    pending_webhooks: 1,
    type,
    data: { object },
  };
}

/**
 * A delivery as Stripe makes it: the body bytes and the `Stripe-Signature` header for them, made
 * with the SDK's own test helper (`timestamp` in seconds; default now).
 */
export function signedDelivery(
  body: string,
  secret: string,
  timestamp?: number,
): { body: string; signature: string } {
  return {
    body,
    signature: Stripe.webhooks.generateTestHeaderString({
      payload: body,
      secret,
      ...(timestamp === undefined ? {} : { timestamp }),
    }),
  };
}

/** Posts one delivery to the route; the status and the parsed answer. */
export async function deliver(
  baseUrl: string,
  delivery: { body: string; signature?: string },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(delivery.signature === undefined ? {} : { 'stripe-signature': delivery.signature }),
    },
    body: delivery.body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
