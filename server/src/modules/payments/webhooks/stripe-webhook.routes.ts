import express, { Router } from 'express';
import type { Clock } from '../../../clock.js';
import type { Orm } from '../../../db/orm.js';
import { lastResortErrorHandler } from '../../../http/last-resort-errors.js';
import type { Logger } from '../../../logging.js';
import { type GroupCommitOptions, StripeEventGroupCommit } from './stripe-event-group-commit.js';
import { storeStripeEvents, type StripeEventResult } from './stripe-events.service.js';
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

/** The largest delivery read (Stripe's events are a few kilobytes). */
const bodyLimitBytes = 1024 * 1024;

/**
 * `POST /webhooks/stripe`: the body is read as raw bytes here, before any JSON parser could touch
 * it (the signature is over the exact bytes). Unsigned, badly signed, stale or malformed
 * deliveries get 400 and a warning in the log, and nothing is stored. A verified event is stored
 * once by its id and answered 200 once that is committed (group commit: deliveries arriving
 * together share one insert, see StripeEventGroupCommit); a redelivery is answered 200 and ignored.
 *
 * The app mounts it before its per-request logger and browser headers (neither serves Stripe), so
 * it logs and answers its own failures: refusals and bodies over the limit as warnings, a database
 * outage 503 (Stripe redelivers), anything else 500 and an error.
 */
export function stripeWebhookRoutes(deps: {
  orm: Orm;
  clock: Clock;
  log: Logger;
  /** STRIPE_WEBHOOK_SECRET; null: every delivery is refused (nothing could be verified). */
  secret: string | null;
  intake: StripeEventIntake;
  groupCommit?: GroupCommitOptions;
}): Router {
  const { orm, clock, secret, intake } = deps;
  const log = deps.log.child({ route: stripeWebhookPath });
  const store = new StripeEventGroupCommit(
    (events) => storeStripeEvents(orm.em, events, clock.now()),
    deps.groupCommit,
  );
  const inline = intake.mode === 'inline';
  const router = Router();
  router.post(
    stripeWebhookPath,
    // A declared length over the limit is refused before reading anything, and the connection
    // closed (the body parser would read the whole declared body first, to throw it away).
    (req, res, next) => {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (!(declared > bodyLimitBytes)) {
        next();
        return;
      }
      log.warn({ status: 413, declared, ip: req.ip }, 'Stripe webhook refused');
      res.setHeader('Connection', 'close');
      res.status(413).json({
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          message: `The request body may be at most ${bodyLimitBytes} bytes.`,
        },
      });
    },
    express.raw({ type: () => true, limit: bodyLimitBytes }),
    async (req, res, next) => {
      const body: unknown = req.body;
      try {
        if (secret === null) {
          throw new WebhookRejected('Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)');
        }
        const rawBody = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const event = verifyStripeEvent(rawBody, req.headers['stripe-signature'], secret);
        const stored = await store.store(event, inline);
        if (stored && inline) await intake.processNow(event.id);
        if (stored && !inline) intake.requestProcessing();
        res.status(200).json({ received: true, duplicate: !stored });
      } catch (error) {
        if (error instanceof WebhookRejected) {
          log.warn({ reason: error.reason, ip: req.ip }, 'Stripe webhook refused');
          res.status(400).json({ error: { code: 'BAD_REQUEST', message: error.reason } });
          return;
        }
        next(error);
      }
    },
  );
  router.use(
    stripeWebhookPath,
    lastResortErrorHandler({
      logOf: () => log,
      messages: {
        databaseUnavailable: 'database unavailable: Stripe webhook answered 503',
        clientError: 'Stripe webhook refused',
        internalError: 'Stripe webhook failed',
      },
      clientErrorAnswer: (status) =>
        status === 413
          ? { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' }
          : { code: 'BAD_REQUEST', message: 'The request could not be processed.' },
      clientErrorLogFields: (req) => ({ ip: req.ip }),
    }),
  );
  return router;
}
