import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { BillingConfig } from '../../../config.js';
import { AppError, badInput } from '../../../errors.js';
import { newId } from '../../../ids.js';
import { countryCodes, getBillingDetails } from '../../accounts/index.js';
import { type Actor, recordAuditBy } from '../../audit/index.js';
import { accountAmountDue } from '../../billing/index.js';
import { isCurrency } from '../../billing/rules/index.js';
import {
  type BankTransferAccount,
  DEFAULT_SCOPE,
  type OfferedMethod,
  offeredMethods,
} from './payment-method-config.entity.js';

/**
 * Payment methods per country (docs/API.md "Payment methods per country"): operators say which
 * methods each country is offered and where bank transfers go; customers see what their billing
 * country is offered. Resolution, for a country and a currency:
 *   methods:      the country's row, else the default row, else the built-in default (card, then
 *                 bank transfer) — card only while Stripe is configured;
 *   bank account: the country's account in that currency, else the default row's, else
 *                 BANK_TRANSFER_INSTRUCTIONS (one text for every currency).
 */

/** What resolution needs of the deployment. */
export type OfferDeployment = Pick<BillingConfig, 'cardPayments' | 'bankTransferInstructions'>;

export interface StoredMethodConfig {
  scope: string;
  methods: OfferedMethod[];
  bankAccounts: BankTransferAccount[];
  updatedAt: Date;
}

/** Every saved row by scope (`default` or a country code). */
export type MethodConfigs = ReadonlyMap<string, StoredMethodConfig>;

export const BUILT_IN_METHODS: readonly OfferedMethod[] = ['card', 'bank_transfer'];

export interface PaymentOffer {
  /** The billing country it was resolved for; null when the account has no billing details. */
  country: string | null;
  /** Where the methods came from. */
  source: 'country' | 'default' | 'built_in';
  currency: string;
  /** In the order to show them; never card without Stripe. */
  methods: OfferedMethod[];
  /** The bank account for `currency`, when bank transfer is offered. */
  bankTransfer: BankTransferAccount | null;
}

/** The methods and bank account for `country` (null: no billing country) in `currency`. Pure. */
export function resolveOffer(
  configs: MethodConfigs,
  country: string | null,
  currency: string,
  deployment: OfferDeployment,
): PaymentOffer {
  const own = country === null ? undefined : configs.get(country);
  const fallback = configs.get(DEFAULT_SCOPE);
  const chosen = own ?? fallback;
  const source = own !== undefined ? 'country' : fallback !== undefined ? 'default' : 'built_in';
  const methods = (chosen?.methods ?? BUILT_IN_METHODS).filter(
    (method) => method !== 'card' || deployment.cardPayments,
  );
  const bankTransfer = methods.includes('bank_transfer')
    ? (own?.bankAccounts.find((account) => account.currency === currency) ??
      fallback?.bankAccounts.find((account) => account.currency === currency) ?? {
        currency,
        details: deployment.bankTransferInstructions,
        instructions: '',
      })
    : null;
  return { country, source, currency, methods, bankTransfer };
}

/** The text printed on an invoice (and its PDF) for paying by transfer. */
export function transferInstructionsText(account: BankTransferAccount): string {
  const note = account.instructions.trim();
  return note.length === 0 ? account.details : `${account.details}\n\n${note}`;
}

/**
 * Every saved row, read with plain SQL: the collector calls this while a renewal batch holds
 * unflushed rows, which an ORM query could flush early.
 */
export async function loadMethodConfigs(em: EntityManager): Promise<MethodConfigs> {
  const rows = await em.getConnection().execute<
    {
      scope: string;
      methods: OfferedMethod[] | string;
      bank_accounts: BankTransferAccount[] | string;
      updated_at: Date;
    }[]
  >('select scope, methods, bank_accounts, updated_at from payment_method_config', [], 'all', em.getTransactionContext());
  const parsed = <T>(value: T | string): T =>
    typeof value === 'string' ? (JSON.parse(value) as T) : value;
  return new Map(
    rows.map((row) => [
      row.scope,
      {
        scope: row.scope,
        methods: parsed(row.methods),
        bankAccounts: parsed(row.bank_accounts),
        updatedAt: new Date(row.updated_at),
      },
    ]),
  );
}

/** What an account's members are offered: its billing country, in its billing currency. */
export async function availablePaymentMethods(
  em: EntityManager,
  accountId: string,
  deployment: OfferDeployment,
  chosenCurrency: string | null,
): Promise<PaymentOffer> {
  const details = await getBillingDetails(em, accountId);
  const currency = (await accountAmountDue(em, accountId, chosenCurrency)).currency;
  return resolveOffer(await loadMethodConfigs(em), details?.country ?? null, currency, deployment);
}

/** Operators: the saved rows, the default first (built in when never saved), then by country. */
export async function listMethodConfigs(em: EntityManager): Promise<StoredMethodConfig[]> {
  const configs = await loadMethodConfigs(em);
  const fallback = configs.get(DEFAULT_SCOPE);
  const countries = [...configs.values()]
    .filter((config) => config.scope !== DEFAULT_SCOPE)
    .sort((a, b) => (a.scope < b.scope ? -1 : 1));
  return [fallback ?? builtInDefault(), ...countries];
}

/** The default row as it acts before anyone saved one. */
export function builtInDefault(): StoredMethodConfig {
  return {
    scope: DEFAULT_SCOPE,
    methods: [...BUILT_IN_METHODS],
    bankAccounts: [],
    updatedAt: new Date(0),
  };
}

export interface MethodConfigInput {
  /** null: the default row. */
  country: string | null;
  methods: readonly string[];
  bankAccounts: readonly { currency: string; details: string; instructions?: string | null }[];
}

const MAX_DETAILS = 1000;
const MAX_INSTRUCTIONS = 1000;

function scopeOf(country: string | null): string {
  if (country === null) return DEFAULT_SCOPE;
  const code = country.trim().toUpperCase();
  if (!countryCodes.has(code)) {
    throw badInput('country', 'Choose a country by its ISO 3166-1 alpha-2 code, e.g. DE.');
  }
  return code;
}

/** Normalized rows or BAD_USER_INPUT naming the field; nothing half-saved. */
export function validateMethodConfig(input: MethodConfigInput): {
  scope: string;
  methods: OfferedMethod[];
  bankAccounts: BankTransferAccount[];
} {
  const scope = scopeOf(input.country);
  if (input.methods.length === 0) {
    throw badInput('methods', 'Offer at least one payment method.');
  }
  const methods: OfferedMethod[] = [];
  for (const method of input.methods) {
    if (!(offeredMethods as readonly string[]).includes(method)) {
      throw badInput('methods', `Unknown payment method: ${method}.`);
    }
    if (methods.includes(method as OfferedMethod)) {
      throw badInput('methods', 'Name each payment method once.');
    }
    methods.push(method as OfferedMethod);
  }
  const bankAccounts: BankTransferAccount[] = input.bankAccounts.map((account, index) => {
    const field = `bankAccounts.${index}`;
    const currency = account.currency.trim().toUpperCase();
    if (!isCurrency(currency)) {
      throw badInput(`${field}.currency`, 'Choose a supported currency, e.g. EUR.');
    }
    const details = account.details.trim();
    if (details.length === 0 || details.length > MAX_DETAILS) {
      throw badInput(
        `${field}.details`,
        `Enter the bank details (holder, IBAN or account number, BIC, bank), up to ${MAX_DETAILS} characters.`,
      );
    }
    const instructions = (account.instructions ?? '').trim();
    if (instructions.length > MAX_INSTRUCTIONS) {
      throw badInput(`${field}.instructions`, `Use at most ${MAX_INSTRUCTIONS} characters.`);
    }
    return { currency, details, instructions };
  });
  const currencies = bankAccounts.map((account) => account.currency);
  const repeated = currencies.find((currency, index) => currencies.indexOf(currency) !== index);
  if (repeated !== undefined) {
    throw badInput('bankAccounts', `One bank account per currency: ${repeated} is there twice.`);
  }
  if (bankAccounts.length > 0 && !methods.includes('bank_transfer')) {
    throw badInput(
      'bankAccounts',
      'Bank accounts are shown for bank transfers only: offer bank transfer, or remove them.',
    );
  }
  return { scope, methods, bankAccounts };
}

/**
 * Operators: saves one country's row (or the default row) whole. One statement (an upsert on the
 * unique scope), so two operators saving at once leave one of the two rows, never a mix.
 */
export async function setMethodConfig(
  em: EntityManager,
  input: MethodConfigInput,
  actor: Actor,
  clock: Clock,
): Promise<StoredMethodConfig> {
  const { scope, methods, bankAccounts } = validateMethodConfig(input);
  return em.transactional(async (tx) => {
    const now = clock.now();
    const before = (await loadMethodConfigs(tx)).get(scope) ?? null;
    const id = newId('pmc');
    const saved = await tx.getConnection().execute<{ id: string }[]>(
      `insert into payment_method_config (id, scope, methods, bank_accounts, updated_at, updated_by)
       values (?, ?, ?, ?, ?, ?)
       on conflict (scope) do update set methods = excluded.methods,
         bank_accounts = excluded.bank_accounts, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by
       returning id`,
      [id, scope, JSON.stringify(methods), JSON.stringify(bankAccounts), now, actor.userId],
      'all',
      tx.getTransactionContext(),
    );
    recordAuditBy(tx, actor, {
      action: 'payment_method_config.set',
      occurredAt: now,
      accountId: null,
      target: saved[0]?.id ?? id,
      summary: {
        country: scope === DEFAULT_SCOPE ? 'default' : scope,
        methods: methods.join(', '),
        bankAccounts: bankAccounts.map((account) => account.currency).join(', '),
        previousMethods: before?.methods.join(', ') ?? null,
        previousBankAccounts: before?.bankAccounts.map((a) => a.currency).join(', ') ?? null,
      },
    });
    return { scope, methods, bankAccounts, updatedAt: now };
  });
}

/** Operators: removes a country's row (it then uses the default) or the default row (built in). */
export async function removeMethodConfig(
  em: EntityManager,
  country: string | null,
  actor: Actor,
  clock: Clock,
): Promise<void> {
  const scope = scopeOf(country);
  await em.transactional(async (tx) => {
    const removed = await tx
      .getConnection()
      .execute<{ id: string }[]>(
        'delete from payment_method_config where scope = ? returning id',
        [scope],
        'all',
        tx.getTransactionContext(),
      );
    if (removed.length === 0) {
      throw new AppError('NOT_FOUND', 'There is no saved configuration for this country.');
    }
    recordAuditBy(tx, actor, {
      action: 'payment_method_config.remove',
      occurredAt: clock.now(),
      accountId: null,
      target: removed[0]!.id,
      summary: { country: scope === DEFAULT_SCOPE ? 'default' : scope },
    });
  });
}
