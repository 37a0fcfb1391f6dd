import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';

/** Stripe's own default, and SPEC §4: a signature older than five minutes is refused. */
export const signatureToleranceSeconds = 300;

/** The parts of an event Ledgerline stores; the rest of it is kept as received. */
export interface VerifiedStripeEvent {
  id: string;
  type: string;
  objectId: string | null;
  livemode: boolean;
  createdAt: Date;
  payload: Record<string, unknown>;
  /** The body as received, stored as it is (no second serialisation on the hot path). */
  rawJson: string;
}

/** Why a delivery was refused; the route answers 400 with it and logs a warning. */
export class WebhookRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'WebhookRejected';
  }
}

const eventIdPattern = /^evt_[A-Za-z0-9_]{1,250}$/;
const eventTypePattern = /^[a-z_]+(\.[a-z_]+)+$/;

/**
 * Checks the `Stripe-Signature` header over the exact bytes received (a re-serialised body would
 * not match) with the endpoint secret and a 5-minute tolerance, then the event's shape. Throws
 * `WebhookRejected` for anything that is not a well-formed, recently signed event.
 *
 * The check is Stripe's own (`Stripe.webhooks.constructEvent`, same header rules and messages),
 * done on the hot path without its copies: the HMAC-SHA256 of `<t>.<body>` is computed over the
 * bytes as received with a key prepared once, compared in constant time with each `v1` signature
 * (several during a secret rotation), and the body is decoded and parsed once.
 */
export function verifyStripeEvent(
  rawBody: Buffer,
  signature: string | string[] | undefined,
  secret: string,
  nowSeconds?: number,
): VerifiedStripeEvent {
  if (typeof signature !== 'string' || signature.length === 0) {
    throw new WebhookRejected('no Stripe-Signature header');
  }
  const { timestamp, signatures } = parseSignatureHeader(signature);
  if (timestamp === null) {
    throw new WebhookRejected(
      'signature check failed: Unable to extract timestamp and signatures from header',
    );
  }
  if (signatures.length === 0) {
    throw new WebhookRejected('signature check failed: No signatures found with expected scheme');
  }
  const expected = createHmac('sha256', signingKeyOf(secret))
    .update(`${timestamp}.`)
    .update(rawBody)
    .digest();
  if (!signatures.some((candidate) => candidate !== null && timingSafeEqual(candidate, expected))) {
    throw new WebhookRejected(
      'signature check failed: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?',
    );
  }
  const age = (nowSeconds ?? Math.floor(Date.now() / 1000)) - timestamp;
  if (age > signatureToleranceSeconds) {
    throw new WebhookRejected('signature check failed: Timestamp outside the tolerance zone');
  }
  const rawJson = rawBody.toString('utf8');
  let event: unknown;
  try {
    event = JSON.parse(rawJson);
  } catch {
    throw new WebhookRejected('the body is not JSON');
  }
  return { ...eventShape(event), rawJson };
}

const hexSha256 = /^[0-9a-f]{64}$/;

/**
 * `t=<unix seconds>,v1=<hex>[,v1=<hex>…]` (other schemes, such as Stripe's test-only `v0`, are
 * ignored). A signature that is not 64 lowercase hex digits is kept as null: it matches nothing.
 */
function parseSignatureHeader(header: string): {
  timestamp: number | null;
  signatures: (Buffer | null)[];
} {
  let timestamp: number | null = null;
  const signatures: (Buffer | null)[] = [];
  for (const item of header.split(',')) {
    const separator = item.indexOf('=');
    if (separator < 0) continue;
    const key = item.slice(0, separator);
    const value = item.slice(separator + 1);
    if (key === 't') {
      timestamp = /^\d{1,15}$/.test(value) ? Number(value) : null;
    } else if (key === 'v1') {
      signatures.push(hexSha256.test(value) ? Buffer.from(value, 'hex') : null);
    }
  }
  return { timestamp, signatures };
}

/** The HMAC key of the endpoint secret, prepared once (the route verifies with one secret). */
let signingKey: { secret: string; key: KeyObject } | undefined;
function signingKeyOf(secret: string): KeyObject {
  if (signingKey?.secret !== secret) {
    signingKey = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) };
  }
  return signingKey.key;
}

function eventShape(event: unknown): Omit<VerifiedStripeEvent, 'rawJson'> {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    throw new WebhookRejected('the body is not a Stripe event object');
  }
  const { id, type, created, livemode, data } = event as Record<string, unknown>;
  if (typeof id !== 'string' || !eventIdPattern.test(id)) {
    throw new WebhookRejected('the event has no valid id');
  }
  if (typeof type !== 'string' || type.length > 100 || !eventTypePattern.test(type)) {
    throw new WebhookRejected('the event has no valid type');
  }
  if (typeof created !== 'number' || !Number.isSafeInteger(created) || created <= 0) {
    throw new WebhookRejected('the event has no valid creation time');
  }
  const object =
    data !== null && typeof data === 'object' ? (data as Record<string, unknown>).object : null;
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    throw new WebhookRejected('the event has no data.object');
  }
  const objectId = (object as Record<string, unknown>).id;
  return {
    id,
    type,
    objectId: typeof objectId === 'string' && objectId.length <= 255 ? objectId : null,
    livemode: livemode === true,
    createdAt: new Date(created * 1000),
    payload: event as Record<string, unknown>,
  };
}
