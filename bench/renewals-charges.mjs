/**
 * Renewal charges: the renewal benchmark's companion for card payments. How fast renewal invoices
 * are issued with the card collector (still the batch path: the collector only sets terms), and
 * how fast the charge jobs then drain against localstripe, the Stripe stand-in the tests use.
 *
 * One fresh database (created here, dropped at the end, Ctrl-C included), migrated and seeded with
 * the catalog, and one localstripe from scratch. Then:
 * - N accounts with an active monthly subscription due at the benchmark's clock (the renewal
 *   benchmark's bulk SQL, bench/lib/renewal-seed.mjs), each given a Stripe customer and a default
 *   card (4242) in localstripe (API calls) and recorded as a Billing Admin adding it leaves it
 *   (`stripe_customer`, `payment_method`, `account.default_payment_method_id`);
 * - invoicing: `renewDueSubscriptions` with the deployment's collector for a portal with Stripe
 *   keys (the card collector), batches of 50, as the `renew-subscriptions` job: invoices/s;
 * - claiming: `retryDuePayments`, as the `retry-failed-payments` job the renewal asks for: each
 *   invoice's first attempt recorded as a pending payment;
 * - draining: the `charge-card-payment` jobs' function (`sendClaimedCharge`) for every claimed
 *   payment, at most CHARGE_CONCURRENCY in flight (4: the job's concurrency per worker process,
 *   server/src/jobs/workers.ts): charges/s from the first send to the last answer. The queue
 *   (pg-boss) itself is not in the figure: jobs/queue.test.ts covers it.
 * - checks (SQL and localstripe): every renewal invoice paid by exactly one succeeded card payment
 *   of its amount, nothing claimed left unsent, one receipt per invoice, and as many
 *   PaymentIntents at localstripe as invoices.
 * localstripe answers one request at a time and slows as its store grows (it pickles everything
 * on every write; ../shared/STACK.md measured ~29/s falling to ~16/s): the drain figure is the
 * stand-in's, not Stripe's. Real Stripe allows 100 requests/s in live mode per account.
 *
 * Run it with `bash bench/run.sh renewals-charges` (builds the server first). Writes JSON and
 * Markdown into bench/results/ and prints the table. Exits 1 when a check fails.
 *
 * Environment (all optional):
 *   RENEWAL_CHARGES         accounts renewed and charged (200)
 *   CHARGE_CONCURRENCY      charges in flight (4)
 *   BENCH_PG_ADMIN_URL      a loopback PostgreSQL to create the database on
 *                           (postgres://postgres@127.0.0.1:5432/postgres)
 *   LOCALSTRIPE_BIN         localstripe executable (.venv-localstripe/bin/localstripe)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Stripe from 'stripe';
import {
  benchmark,
  databaseUrlOn,
  integerSetting,
  pgAdminUrlSetting,
  postgresVersion,
  requireNode24,
  withClient,
} from './lib/harness.mjs';
import { packageVersion, rootDir } from './lib/machine.mjs';
import { seedDueSubscriptions, seededPeriod } from './lib/renewal-seed.mjs';

requireNode24();
const settings = {
  charges: integerSetting('RENEWAL_CHARGES', 200),
  concurrency: integerSetting('CHARGE_CONCURRENCY', 4),
  pgAdminUrl: pgAdminUrlSetting(),
  localstripeBin:
    process.env.LOCALSTRIPE_BIN ?? path.join(rootDir, '.venv-localstripe', 'bin', 'localstripe'),
};
const databaseName = `ledgerline_bench_charges_${randomBytes(4).toString('hex')}`;
const databaseUrl = databaseUrlOn(settings.pgAdminUrl, databaseName);
const secretKey = 'sk_test_ledgerline_bench';

let localstripe = null;
const bench = benchmark('renewals-charges', {
  onInterrupt: () => localstripe?.kill('SIGTERM'),
});

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startLocalstripe() {
  const port = await freePort();
  localstripe = spawn(settings.localstripeBin, ['--port', String(port), '--from-scratch'], {
    stdio: 'ignore',
  });
  bench.cleanups.push(async () => {
    localstripe.kill('SIGTERM');
    await sleep(200);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    bench.checkInterrupted();
    try {
      const answer = await fetch(`${url}/v1/customers`, {
        headers: { authorization: `Bearer ${secretKey}` },
      });
      if (answer.ok) return { url, port };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('localstripe did not start');
}

/** What the server reads: the deployment's settings with Stripe keys pointed at the stand-in. */
async function serverConfig(port) {
  const { loadConfig } = await import('../server/dist/config.js');
  return loadConfig({
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '8',
    LOG_LEVEL: 'warn',
    STRIPE_SECRET_KEY: secretKey,
    STRIPE_PUBLISHABLE_KEY: 'pk_test_ledgerline_bench',
    STRIPE_WEBHOOK_SECRET: 'whsec_ledgerline_bench',
    STRIPE_API_BASE: `http://127.0.0.1:${port}`,
  });
}

/** N due subscriptions, each account with a Stripe customer and a default card at the stand-in. */
async function seedWithCards(stripe, now) {
  const seeded = await withClient(databaseUrl, (client) =>
    seedDueSubscriptions(client, { from: 1, to: settings.charges, now }),
  );
  const started = performance.now();
  const rows = [];
  for (let i = 1; i <= settings.charges; i++) {
    bench.checkInterrupted();
    const accountId = `acc_bench${String(i).padStart(17, '0')}`;
    const customer = await stripe.customers.create({ metadata: { account_id: accountId } });
    const card = await stripe.paymentMethods.create({
      type: 'card',
      card: { number: '4242424242424242', exp_month: 12, exp_year: 2040, cvc: '123' },
    });
    await stripe.paymentMethods.attach(card.id, { customer: customer.id });
    rows.push({ accountId, customer: customer.id, card: card.id, i });
  }
  await withClient(databaseUrl, async (client) => {
    await client.query('begin');
    for (const row of rows) {
      const methodId = `pmt_bench${String(row.i).padStart(17, '0')}`;
      await client.query(
        `insert into stripe_customer (id, account_id, stripe_customer_id, created_at)
         values ($1, $2, $3, $4)`,
        [`scu_bench${String(row.i).padStart(17, '0')}`, row.accountId, row.customer, now],
      );
      await client.query(
        `insert into payment_method (id, account_id, stripe_payment_method_id, type, brand, last4,
           exp_month, exp_year, is_default, created_at, updated_at)
         values ($1, $2, $3, 'card', 'visa', '4242', 12, 2040, true, $4, $4)`,
        [methodId, row.accountId, row.card, now],
      );
      await client.query('update account set default_payment_method_id = $1 where id = $2', [
        methodId,
        row.accountId,
      ]);
    }
    await client.query('commit');
    await client.query('vacuum analyze');
  });
  return { ...seeded, cardSeconds: (performance.now() - started) / 1000 };
}

/** Every claimed payment through `sendClaimedCharge`, `concurrency` at a time. */
async function drain(em, config, clock, paymentIds) {
  const { sendClaimedCharge } = await import('../server/dist/modules/payments/index.js');
  const { billingAdminEmails } = await import('../server/dist/modules/members/index.js');
  const statuses = {};
  let next = 0;
  const latencies = [];
  async function lane(lane) {
    while (next < paymentIds.length) {
      bench.checkInterrupted();
      const paymentId = paymentIds[next++];
      const started = performance.now();
      const result = await sendClaimedCharge(
        em.fork(),
        config,
        paymentId,
        `bench-${lane}`,
        clock,
        billingAdminEmails,
      );
      latencies.push(performance.now() - started);
      const status = result?.status ?? 'skipped';
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: settings.concurrency }, (_, i) => lane(i)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1));
  return { seconds, statuses, latencyMs: { p50: at(0.5), p99: at(0.99) } };
}

async function check(period, stripe) {
  const sql = await withClient(databaseUrl, async (client) => {
    const one = async (text, params = []) => (await client.query(text, params)).rows[0];
    return {
      renewalInvoices: (
        await one(
          `select count(*)::int as n from invoice
           where billing_reason = 'subscription_cycle' and period_start = $1`,
          [period.end],
        )
      ).n,
      unpaid: (
        await one(
          `select count(*)::int as n from invoice
           where billing_reason = 'subscription_cycle' and period_start = $1 and status <> 'paid'`,
          [period.end],
        )
      ).n,
      notExactlyOneCharge: (
        await one(
          `select count(*)::int as n from (
             select i.id, count(p.id) filter (where p.status = 'succeeded' and p.amount = i.total) as ok,
                    count(p.id) filter (where p.status = 'succeeded') as succeeded
             from invoice i left join payment p on p.invoice_id = i.id and p.method = 'card'
             where i.billing_reason = 'subscription_cycle' and i.period_start = $1
             group by i.id) per where ok <> 1 or succeeded <> 1`,
          [period.end],
        )
      ).n,
      unsent: (
        await one(
          `select count(*)::int as n from payment where method = 'card' and status = 'pending'
             and stripe_payment_intent_id is null`,
        )
      ).n,
      receipts: (
        await one(`select count(*)::int as n from mail_message where template = 'paymentReceipt'`)
      ).n,
    };
  });
  let intents = 0;
  for await (const _ of stripe.paymentIntents.list({ limit: 100 })) intents += 1;
  const failures = [];
  if (sql.renewalInvoices !== settings.charges) {
    failures.push(`renewal invoices ${sql.renewalInvoices} ≠ ${settings.charges}`);
  }
  if (sql.unpaid !== 0) failures.push(`unpaid ${sql.unpaid}`);
  if (sql.notExactlyOneCharge !== 0) failures.push(`not one charge: ${sql.notExactlyOneCharge}`);
  if (sql.unsent !== 0) failures.push(`unsent ${sql.unsent}`);
  if (sql.receipts !== settings.charges) {
    failures.push(`receipts ${sql.receipts} ≠ ${settings.charges}`);
  }
  if (intents !== settings.charges)
    failures.push(`PaymentIntents ${intents} ≠ ${settings.charges}`);
  return { ...sql, paymentIntentsAtStripe: intents, failures, ok: failures.length === 0 };
}

function markdown(report) {
  const r = report.result;
  const lines = [
    `# Renewal charges against localstripe — ${report.startedAt}`,
    '',
    `Machine: ${report.machine.nproc ?? '?'} CPUs; ${report.machine.postgres ?? 'PostgreSQL ?'}; stripe ${report.versions.stripe}. ${settings.charges} due card subscriptions; charges ${settings.concurrency} in flight.`,
    '',
  ];
  if (r) {
    lines.push(
      '| Step | Seconds | Per second |',
      '|---|---|---|',
      `| Renewal invoices issued (card collector, batch path) | ${r.invoicing.seconds.toFixed(2)} | ${r.invoicing.perSecond.toFixed(0)} invoices/s |`,
      `| First attempts claimed (retry job) | ${r.claiming.seconds.toFixed(2)} | ${r.claiming.perSecond.toFixed(0)} claims/s |`,
      `| Charge jobs drained against localstripe | ${r.draining.seconds.toFixed(2)} | ${r.draining.perSecond.toFixed(1)} charges/s (p50 ${r.draining.latencyMs.p50} ms, p99 ${r.draining.latencyMs.p99} ms a charge) |`,
      '',
      `Outcomes: ${JSON.stringify(r.draining.statuses)}. Checks: ${r.check.ok ? 'every renewal invoice paid by exactly one card charge of its amount; nothing left unsent; one receipt each; one PaymentIntent each at localstripe' : r.check.failures.join('; ')}.`,
    );
  } else {
    lines.push(`Not finished: ${report.error ?? report.status}.`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  const report = bench.report({
    command: 'bash bench/run.sh renewals-charges',
    settings: { ...settings, localstripeBin: undefined },
    versions: { stripe: packageVersion('stripe') },
    result: null,
  });
  await bench.run({
    report,
    markdown,
    latest: 'renewals-charges-latest',
    body: async () => {
      report.machine.postgres = await withClient(settings.pgAdminUrl, postgresVersion);
      await withClient(settings.pgAdminUrl, (c) => c.query(`create database ${databaseName}`));
      bench.cleanups.push(() =>
        withClient(settings.pgAdminUrl, (c) =>
          c.query(`drop database if exists ${databaseName} with (force)`),
        ),
      );
      const standIn = await startLocalstripe();
      const config = await serverConfig(standIn.port);
      const { openDatabase } = await import('../server/dist/db/database.js');
      const { createLogger } = await import('../server/dist/logging.js');
      const { FixedClock } = await import('../server/dist/clock.js');
      const log = createLogger('warn');
      const database = await openDatabase(config, log);
      bench.cleanups.push(() => database.close());
      const stripe = new Stripe(secretKey, {
        host: '127.0.0.1',
        port: standIn.port,
        protocol: 'http',
        maxNetworkRetries: 0,
      });

      const now = new Date(Math.floor(Date.now() / 1000) * 1000);
      const period = seededPeriod(now);
      const clock = new FixedClock(now);
      console.log(
        `renewals-charges: seeding ${settings.charges} accounts with cards at localstripe…`,
      );
      const seeded = await seedWithCards(stripe, now);
      bench.checkInterrupted();

      const { renewDueSubscriptions, retryDuePayments } =
        await import('../server/dist/modules/billing/index.js');
      const { deploymentCollector } = await import('../server/dist/modules/payments/index.js');
      const collector = deploymentCollector(config.billing, clock);
      if (collector.method !== 'card') throw new Error('expected the card collector');

      let started = performance.now();
      let renewed = 0;
      for (;;) {
        const run = await renewDueSubscriptions(database.orm.em.fork(), clock, {
          config,
          collector,
          batchSize: 50,
          log,
        });
        renewed += run.renewed;
        if (run.renewed === 0) break;
      }
      const invoicingSeconds = (performance.now() - started) / 1000;

      started = performance.now();
      const retried = await retryDuePayments(database.orm.em.fork(), clock, {
        config,
        collector,
        batchSize: 50,
        log,
      });
      const claimingSeconds = (performance.now() - started) / 1000;
      const claimed = await withClient(databaseUrl, async (client) =>
        (
          await client.query(
            `select id from payment where method = 'card' and status = 'pending' and off_session
               and stripe_payment_intent_id is null order by created_at, id`,
          )
        ).rows.map((row) => row.id),
      );
      console.log(
        `renewals-charges: ${renewed} renewed in ${invoicingSeconds.toFixed(2)} s; ${claimed.length} attempts claimed; draining…`,
      );
      const drained = await drain(database.orm.em, config, clock, claimed);
      const result = {
        seeded: { count: seeded.count, cardSeconds: Number(seeded.cardSeconds.toFixed(2)) },
        invoicing: { renewed, seconds: invoicingSeconds, perSecond: renewed / invoicingSeconds },
        claiming: {
          run: retried,
          claimed: claimed.length,
          seconds: claimingSeconds,
          perSecond: claimed.length / claimingSeconds,
        },
        draining: { ...drained, perSecond: claimed.length / drained.seconds },
        check: await check(period, stripe),
      };
      report.result = result;
      report.status = result.check.ok ? 'ok' : 'failed';
    },
  });
}

await main();
