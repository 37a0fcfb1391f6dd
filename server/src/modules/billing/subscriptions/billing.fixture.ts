/**
 * Test fixtures for the billing services: an isolated, migrated database (PostgreSQL at
 * TEST_DATABASE_URL, else PGlite), customers with billing details, and a seller configuration.
 * Data and constructors only; no expected amount is computed here.
 */
import { pino } from 'pino';
import { type Clock, systemClock } from '../../../clock.js';
import { type BillingConfig, loadConfig } from '../../../config.js';
import { openDatabase, type Database } from '../../../db/database.js';
import type { EntityManager } from '../../../db/orm.js';
import {
  createTestDatabase,
  type TestDatabase,
  testAcquireTimeoutSeconds,
} from '../../../test/database.js';
import { Account } from '../../accounts/account.entity.js';
import type { Actor } from '../../audit/audit.service.js';
import { BillingDetails } from '../../accounts/billing-details.entity.js';
import { Plan } from '../../catalog/plan.entity.js';
import { Invoice } from '../invoices/invoice.entity.js';
import { deploymentCollector } from '../../payments/collectors.js';
import type { Collector } from '../collection.js';
import { type BillingDeps, cancelSubscription, startSubscription } from './subscription.service.js';

export const billing: BillingConfig = loadConfig({}).billing;

export const customerActor: Actor = { userId: 'usr_customer', ip: null, requestId: null };
export const operatorActor: Actor = { userId: 'usr_operator', ip: null, requestId: null };

/** The deployment's collector (bank transfer), as the wiring passes it to billing. */
// Bank transfer: this billing configuration has no Stripe keys (the clock is never read).
export const collector: Collector = deploymentCollector(billing, systemClock);

export function depsAt(clock: Clock): BillingDeps {
  return { clock, billing, collector };
}

export interface BillingTestDatabase {
  db: Database;
  /** A fresh EntityManager (one per unit of work, as a request would have). */
  em(): EntityManager;
  close(): Promise<void>;
}

export async function openBillingTestDatabase(): Promise<BillingTestDatabase> {
  const testDb: TestDatabase = await createTestDatabase();
  const db = await openDatabase(
    {
      database: { url: testDb.url, poolMax: 8, dataDir: '' },
      resilience: {
        acquireTimeoutMs: testAcquireTimeoutSeconds * 1000,
        starvedLimitMs: 2 * testAcquireTimeoutSeconds * 1000,
      },
    },
    pino({ level: 'silent' }),
  );
  return {
    db,
    em: () => db.orm.em.fork(),
    async close() {
      await db.close();
      await testDb.drop();
    },
  };
}

export type CustomerKind = 'de_individual' | 'fr_business' | 'us_individual' | 'ch_individual';

const addresses: Record<CustomerKind, Partial<BillingDetails>> = {
  de_individual: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
  fr_business: {
    line1: '1 rue de Rivoli',
    city: 'Paris',
    postalCode: '75001',
    country: 'FR',
    taxIdType: 'EU_VAT',
    taxIdValue: 'FR40303265045',
  },
  us_individual: {
    line1: '1 Market St',
    city: 'San Francisco',
    region: 'CA',
    postalCode: '94105',
    country: 'US',
  },
  ch_individual: { line1: 'Bahnhofstrasse 1', city: 'Zürich', postalCode: '8001', country: 'CH' },
};

/** An account on the Free plan with billing details (or none, with `kind: null`). */
export async function createCustomer(
  em: EntityManager,
  name: string,
  kind: CustomerKind | null,
  at: Date,
): Promise<string> {
  const free = await em.findOneOrFail(Plan, { code: 'free' });
  const account = em.create(Account, { name, plan: free, createdAt: at, updatedAt: at });
  if (kind !== null) {
    em.create(BillingDetails, {
      account,
      legalName: name,
      billingEmail: `billing@${name.toLowerCase().replace(/\W+/g, '-')}.example`,
      line1: '',
      city: '',
      postalCode: '',
      country: '',
      ...addresses[kind],
      updatedAt: at,
    });
  }
  await em.flush();
  return account.id;
}

/**
 * A customer whose subscription waits for its first payment, with that invoice open: the trial
 * is used up first (started, then canceled at once), so the next start is billed at once and, paid
 * by bank transfer, stays incomplete. Advanced monthly in EUR unless `planCode` says otherwise.
 * `em` gives a fresh EntityManager for each step, as separate requests would have.
 */
export async function customerWithOpenInvoice(
  em: () => EntityManager,
  name: string,
  clock: Clock,
  {
    kind = 'fr_business',
    planCode = 'advanced',
  }: { kind?: CustomerKind; planCode?: 'basic' | 'advanced' } = {},
) {
  const accountId = await createCustomer(em(), name, kind, clock.now());
  const start = { planCode, interval: 'MONTH' as const, currency: 'EUR', seats: 1 };
  const deps = depsAt(clock);
  await startSubscription(
    em(),
    accountId,
    { ...start, idempotencyKey: 'trial' },
    customerActor,
    deps,
  );
  await cancelSubscription(
    em(),
    accountId,
    { timing: 'now', reason: 'other', idempotencyKey: 'end-trial' },
    customerActor,
    deps,
  );
  const paid = await startSubscription(
    em(),
    accountId,
    { ...start, idempotencyKey: 'paid' },
    customerActor,
    deps,
  );
  return { accountId, paid, invoiceId: paid.invoiceId! };
}

/** The account's issued invoices, oldest number first, with lines. */
export async function invoicesOf(em: EntityManager, accountId: string): Promise<Invoice[]> {
  return em.find(
    Invoice,
    { account: accountId, status: { $ne: 'draft' } },
    { populate: ['lines'], orderBy: { issuedAt: 'asc', number: 'asc' } },
  );
}

/** `utc('2026-01-10')` or a full ISO instant. */
export function utc(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}
