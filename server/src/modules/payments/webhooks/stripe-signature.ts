import Stripe from 'stripe';

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
  let event: unknown;
  try {
    event = Stripe.webhooks.constructEvent(
      rawBody,
      signature,
      secret,
      signatureToleranceSeconds,
      undefined,
      nowSeconds,
    );
  } catch (error) {
    if (error instanceof SyntaxError) throw new WebhookRejected('the body is not JSON');
    // The SDK's messages say what did not match (no signature for the secret, timestamp outside
    // the tolerance) and never echo the secret.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new WebhookRejected(`signature check failed: ${message}`);
  }
  return { ...eventShape(event), rawJson: rawBody.toString('utf8') };
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
