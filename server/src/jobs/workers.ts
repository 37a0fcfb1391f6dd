import {
  recordTrialEndingNotices,
  renewDueSubscriptions,
  retryDuePayments,
} from '../modules/billing/index.js';
import {
  deploymentCollector,
  enqueueUnsentCharges,
  runStripeEventProcessing,
  sendClaimedCharge,
} from '../modules/payments/index.js';
import { billingAdminEmails } from '../modules/members/index.js';
import {
  deliverQueuedMail,
  processNotificationOutbox,
  requestMailDelivery,
} from '../modules/notifications/index.js';
import { mailAttachmentLoader, notificationDirectory } from './notification-directory.js';
import { purgeExpiredAuth } from './purge-expired-auth.js';
import type { JobQueue } from './queue.js';

/** Every job's payload, by name (payloads are stored as JSON: plain data only). */
declare module './queue.js' {
  interface JobPayloads {
    'purge-expired-auth': Record<string, never>;
    'renew-subscriptions': Record<string, never>;
    'retry-failed-payments': Record<string, never>;
    'charge-card-payment': { paymentId: string };
    'notify-trials-ending': Record<string, never>;
    'deliver-mail': Record<string, never>;
    'process-notifications': Record<string, never>;
    'process-stripe-events': Record<string, never>;
  }
}

/**
 * The one place jobs are registered. Every process registers all of them (API-only processes
 * need the definitions to enqueue); only processes with WORKERS_ENABLED=1 run them.
 */
export function registerJobs(queue: JobQueue): void {
  registerMaintenanceJobs(queue);
  registerBillingJobs(queue);
  registerNotificationJobs(queue);
  registerPaymentJobs(queue);
}

function registerMaintenanceJobs(queue: JobQueue): void {
  queue.defineJob(
    'purge-expired-auth',
    async (_data, { em, clock, config, log }) => {
      const purged = await purgeExpiredAuth(em, clock, { sessionIdleMs: config.session.idleMs });
      log.info({ purged }, 'purged expired sign-in attempts and ended sessions');
    },
    { cron: '17 * * * *' },
  );
}

/**
 * Billing's periodic jobs. Periodic jobs also run when the test clock moves, which is what lets a
 * year of billing be shown in a minute.
 */
export function registerBillingJobs(queue: JobQueue): void {
  queue.defineJob(
    'renew-subscriptions',
    async (_data, { em, clock, config, log }) => {
      // Subscriptions that fail are logged by the service and tried again on the next run.
      const run = await renewDueSubscriptions(em, clock, {
        config,
        collector: deploymentCollector(config.billing, clock),
        batchSize: 50,
        log,
      });
      if (run.renewed > 0 || run.failed > 0) log.info({ run }, 'renewed due subscriptions');
      // Renewal invoices for a card are due now: the retry job claims their first attempt.
      if (run.renewed > 0 && config.stripe !== null)
        await queue.enqueue('retry-failed-payments', {});
    },
    { cron: '* * * * *' },
  );
  queue.defineJob(
    'retry-failed-payments',
    async (_data, { em, clock, config, log }) => {
      const run = await retryDuePayments(em, clock, {
        config,
        collector: deploymentCollector(config.billing, clock),
        batchSize: 50,
        log,
      });
      if (run.recovered + run.failed + run.pending + run.errors > 0) {
        log.info({ run }, 'retried failed payments');
      }
      // Card attempts the run claimed (and any a crash left unsent) go to Stripe one job each.
      if (config.stripe !== null) await enqueueUnsentCharges(em.fork(), queue);
    },
    { cron: '* * * * *' },
  );
  queue.defineJob(
    'charge-card-payment',
    async ({ paymentId }, { em, clock, config, log, job }) => {
      const result = await sendClaimedCharge(
        em,
        config,
        paymentId,
        job.id,
        clock,
        billingAdminEmails,
      );
      if (result !== null) log.info({ paymentId, status: result.status }, 'card charge sent');
      await requestMailDelivery({ jobs: queue, log });
    },
    // Bounded toward Stripe: at most this many charges in flight per worker process.
    { policy: 'stately', concurrency: 4, retryLimit: 3, retryDelaySeconds: 30 },
  );
  queue.defineJob(
    'notify-trials-ending',
    async (_data, { em, clock, log }) => {
      const noticed = await recordTrialEndingNotices(em, clock);
      if (noticed > 0) log.info({ noticed }, 'recorded trial-ending notices');
    },
    { cron: '*/5 * * * *' },
  );
}

/**
 * Notifications and mail: every minute, and at once when a request has just written an event or
 * mail (`requestMailDelivery`); the queue keeps at most one run waiting, so a burst starts one
 * extra run, not many. Processing turns outbox events into in-app notifications and queued mail,
 * then asks for delivery; delivery retries with back-off (docs/OPERATIONS.md "Notifications").
 */
export function registerNotificationJobs(queue: JobQueue): void {
  queue.defineJob(
    'process-notifications',
    async (_data, { em, clock, config, log }) => {
      const run = await processNotificationOutbox(em, clock, {
        config,
        directory: notificationDirectory(config),
        log,
      });
      if (run.processed + run.failed > 0) log.info({ run }, 'processed notification events');
      if (run.mails > 0) await queue.enqueue('deliver-mail', {});
    },
    { cron: '* * * * *' },
  );
  queue.defineJob(
    'deliver-mail',
    async (_data, { em, clock, config, log, signal }) => {
      const run = await deliverQueuedMail(em, clock, {
        config,
        log,
        signal,
        attachments: mailAttachmentLoader,
      });
      if (run.sent + run.retrying + run.failed > 0) log.info({ run }, 'delivered queued mail');
    },
    { cron: '* * * * *' },
  );
}

/**
 * Stripe webhook events: the route stores them and asks for a run at once; the run processes every
 * due event (new ones, and failed ones whose back-off ended). Every minute as well, for retries.
 */
export function registerPaymentJobs(queue: JobQueue): void {
  queue.defineJob(
    'process-stripe-events',
    async (_data, context) => {
      const run = await runStripeEventProcessing(context, queue, billingAdminEmails);
      if (run !== null && run.processed + run.retrying + run.failed > 0) {
        context.log.info({ run }, 'processed Stripe events');
      }
    },
    { cron: '* * * * *' },
  );
}
