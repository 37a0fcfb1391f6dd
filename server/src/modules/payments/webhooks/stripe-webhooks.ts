import type { Clock } from '../../../clock.js';
import type { Config } from '../../../config.js';
import type { Orm } from '../../../db/orm.js';
import type { JobContext, JobQueue } from '../../../jobs/queue.js';
import type { Logger } from '../../../logging.js';
import type { BillingAdminEmails } from '../billing-contacts.js';
import { stripeClientFor } from '../stripe/stripe-client.js';
import { type StripeEventDeps, stripeEventHandlers } from './stripe-event-handlers.js';
import {
  drainStripeEvents,
  processStripeEvent,
  type StripeEventDrain,
} from './stripe-events.service.js';
import type { StripeEventIntake } from './stripe-webhook.routes.js';

/** Events handled at once by one worker: bounds the calls made to Stripe in parallel. */
const processingConcurrency = 4;

function stripeEventDeps(
  config: Config,
  billingAdminEmails: BillingAdminEmails,
  requestPaymentRetry: () => void,
): StripeEventDeps | null {
  return config.stripe === null
    ? null
    : {
        stripe: stripeClientFor(config.stripe),
        config,
        billingAdminEmails,
        requestPaymentRetry,
      };
}

/**
 * Payment retries asked for by handlers (a new default card during dunning), started once the
 * events that asked have committed: `request` inside a handler, `flush` after processing.
 */
function paymentRetryRequests(ctx: { jobs: JobQueue; log: Logger }) {
  let requested = false;
  return {
    request: () => {
      requested = true;
    },
    async flush(): Promise<void> {
      if (!requested) return;
      requested = false;
      try {
        await ctx.jobs.enqueue('retry-failed-payments', {});
      } catch (error) {
        ctx.log.warn({ err: error }, 'could not start the payment retry; the next run retries');
      }
    },
  };
}

/** Asks a worker to process stored events now. Never fails the caller: the job also runs every minute. */
export async function requestStripeEventProcessing(ctx: {
  jobs: JobQueue;
  log: Logger;
}): Promise<void> {
  try {
    await ctx.jobs.enqueue('process-stripe-events', {});
  } catch (error) {
    ctx.log.warn({ err: error }, 'could not start Stripe event processing; the next run does it');
  }
}

/** The `process-stripe-events` job: every due event, until none is left. */
export async function runStripeEventProcessing(
  ctx: JobContext,
  jobs: JobQueue,
  billingAdminEmails: BillingAdminEmails,
): Promise<StripeEventDrain | null> {
  const retries = paymentRetryRequests({ jobs, log: ctx.log });
  const deps = stripeEventDeps(ctx.config, billingAdminEmails, retries.request);
  if (deps === null) return null;
  try {
    return await drainStripeEvents(
      ctx.em,
      stripeEventHandlers,
      { clock: ctx.clock, log: ctx.log, deps },
      { concurrency: processingConcurrency, signal: ctx.signal },
    );
  } finally {
    await retries.flush();
  }
}

/**
 * What the webhook route does after storing an event. Queued: one job request per burst (a
 * trailing 20 ms window, so the request is sent after every insert it covers committed; the queue
 * keeps one run waiting, which then sees them all). Inline: the request processes the event.
 */
export function stripeEventIntake(deps: {
  orm: Orm;
  clock: Clock;
  config: Config;
  jobs: JobQueue;
  log: Logger;
  billingAdminEmails: BillingAdminEmails;
}): StripeEventIntake {
  const { orm, clock, config, jobs, log, billingAdminEmails } = deps;
  let pending: NodeJS.Timeout | undefined;
  return {
    mode: config.stripe?.webhookInline === true ? 'inline' : 'queued',
    requestProcessing() {
      if (pending !== undefined) return;
      pending = setTimeout(() => {
        pending = undefined;
        void requestStripeEventProcessing({ jobs, log });
      }, 20);
      pending.unref();
    },
    async processNow(eventId) {
      const retries = paymentRetryRequests({ jobs, log });
      const handlerDeps = stripeEventDeps(config, billingAdminEmails, retries.request);
      if (handlerDeps === null) throw new Error('Stripe is not configured');
      try {
        return await processStripeEvent(orm.em.fork(), eventId, stripeEventHandlers, {
          clock,
          log,
          deps: handlerDeps,
        });
      } finally {
        await retries.flush();
      }
    },
  };
}
