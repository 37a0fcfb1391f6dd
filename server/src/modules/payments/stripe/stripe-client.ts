import Stripe from 'stripe';
import type { StripeConfig } from '../../../config.js';

/** The API version the SDK is pinned to; requests and webhook payloads use its object shapes. */
export type StripeClient = Stripe;

/**
 * The Stripe SDK for this deployment. STRIPE_API_BASE points it at another host (the localstripe
 * stand-in in tests); `maxNetworkRetries` is 0 there because the stand-in ignores idempotency keys,
 * so an SDK retry would create a second PaymentIntent (exactly-once comes from our own database:
 * see stripe-payments.service.ts).
 */
export function createStripeClient(config: StripeConfig): StripeClient {
  const base = config.apiBase;
  return new Stripe(config.secretKey, {
    maxNetworkRetries: base === null ? 2 : 0,
    timeout: 20_000,
    appInfo: { name: 'Ledgerline' },
    ...(base === null
      ? {}
      : {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol === 'https:' ? 'https' : 'http',
        }),
  });
}

const clients = new WeakMap<StripeConfig, StripeClient>();

/** One SDK instance per configuration (it keeps an HTTP agent). */
export function stripeClientFor(config: StripeConfig): StripeClient {
  let client = clients.get(config);
  if (client === undefined) {
    client = createStripeClient(config);
    clients.set(config, client);
  }
  return client;
}
