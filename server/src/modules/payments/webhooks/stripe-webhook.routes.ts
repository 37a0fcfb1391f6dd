import express, { Router } from 'express';
import type { Clock } from '../../../clock.js';
import type { Orm } from '../../../db/orm.js';
import { storeStripeEvent, type StripeEventResult } from './stripe-events.service.js';
import { verifyStripeEvent, WebhookRejected } from './stripe-signature.js';

export const stripeWebhookPath = '/webhooks/stripe';

/** What the route does with a stored event besides storing it. */
export interface StripeEventIntake {
  /**
   * `queued` (the default): store, answer, and let the job queue process it. `inline`: process it
   * before answering (STRIPE_WEBHOOK_INLINE=1; only to compare the two in bench/).
   */
  mode: 'queued' | 'inline';
  /** Asks a worker to drain the stored events (queued mode). Never throws. */
  requestProcessing(): void;
  /** Processes one stored, claimed event now (inline mode). */
  processNow(eventId: string): Promise<StripeEventResult>;
}

/**
 * `POST /webhooks/stripe`: the body is read as raw bytes here, before any JSON parser could touch
 * it (the signature is over the exact bytes). Unsigned, badly signed, stale or malformed
 * deliveries get 400 and a warning in the log, and nothing is stored. A verified event is stored
 * once by its id and answered 200 at once; a redelivery is answered 200 and ignored.
 */
export function stripeWebhookRoutes(deps: {
  orm: Orm;
  clock: Clock;
  /** STRIPE_WEBHOOK_SECRET; null: every delivery is refused (nothing could be verified). */
  secret: string | null;
  intake: StripeEventIntake;
}): Router {
  const { orm, clock, secret, intake } = deps;
  const router = Router();
  router.post(
    stripeWebhookPath,
    express.raw({ type: () => true, limit: '1mb' }),
    async (req, res, next) => {
      const body: unknown = req.body;
      try {
        if (secret === null) {
          throw new WebhookRejected('Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)');
        }
        const rawBody = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const event = verifyStripeEvent(rawBody, req.headers['stripe-signature'], secret);
        const em = orm.em.fork();
        const inline = intake.mode === 'inline';
        const stored = await storeStripeEvent(em, event, clock.now(), { claim: inline });
        if (stored && inline) await intake.processNow(event.id);
        if (stored && !inline) intake.requestProcessing();
        res.status(200).json({ received: true, duplicate: !stored });
      } catch (error) {
        if (error instanceof WebhookRejected) {
          req.log.warn({ reason: error.reason }, 'Stripe webhook refused');
          res.status(400).json({ error: { code: 'BAD_REQUEST', message: error.reason } });
          return;
        }
        next(error);
      }
    },
  );
  return router;
}
