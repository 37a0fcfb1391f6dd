import { z } from 'zod';
import {
  type DunningPolicy,
  dunningRetryDaysProblem,
  isCurrency,
  isEuMemberState,
  isValidEuVatIdFormat,
  standardTaxRateBps,
} from './modules/billing/rules/index.js';

/**
 * Every setting Ledgerline reads from the environment, parsed and validated once at start-up.
 * A missing or malformed value stops the process with one line naming the variable and what is
 * expected (see `loadConfig`). `.env.example` documents each variable.
 */

const emailList = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e.length > 0),
  )
  .pipe(z.array(z.email({ message: 'a comma-separated list of e-mail addresses' })));

const positiveInt = (what: string) =>
  z.coerce.number({ message: what }).int({ message: what }).positive({ message: what });

const secondsBetween = (min: number, max: number) => {
  const what = `a number of seconds from ${min} to ${max}`;
  return z.coerce.number({ message: what }).min(min, { message: what }).max(max, { message: what });
};

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const smtpUrlExpectation =
  'an smtp:// or smtps:// URL with a host, such as smtps://user:password@smtp.example.com:465 (percent-encode special characters in the password)';

/** `smtp://` (STARTTLS when offered) or `smtps://` (TLS from the start), with a host. */
function isSmtpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `billing@example.com` or `Example Billing <billing@example.com>` (one mailbox, one line). */
function isMailbox(raw: string): boolean {
  const angle = /^([^<>\r\n]*)<([^<>\s]+)>$/.exec(raw);
  const address = angle === null ? raw : angle[2]!;
  return z.email().safeParse(address).success;
}

/** The From header when MAIL_FROM is unset: the seller's name and contact address. */
function defaultMailFrom(sellerName: string, sellerEmail: string): string {
  // Quoted, so a comma or a dot in a legal name ("Example, Inc.") stays part of the name.
  const name = sellerName.replace(/["\\\r\n]/g, '');
  return `"${name}" <${sellerEmail}>`;
}

/** 32 random bytes in base64: TWO_FACTOR_KEY and TWO_FACTOR_KEY_PREVIOUS. */
const twoFactorKeySchema = z
  .string()
  .trim()
  .refine((key) => /^[A-Za-z0-9+/]{43}=$/.test(key), {
    message: '32 random bytes in base64 (e.g. the output of `openssl rand -base64 32`)',
  })
  .transform((key) => Buffer.from(key, 'base64'))
  .optional();

/**
 * CSP_SCRIPT_SRC, CSP_FRAME_SRC, CSP_CONNECT_SRC: origins (scheme, host, optional port; no path)
 * separated by commas or spaces, added to the Content-Security-Policy (http/security-headers.ts).
 */
const originList = z
  .string()
  .transform((raw) => raw.split(/[\s,]+/).filter((entry) => entry.length > 0))
  .refine((entries) => entries.every(isHttpOrigin), {
    message:
      'origins such as https://js.stripe.com (scheme and host, no path), separated by commas',
  })
  .transform((entries) => entries.map((entry) => new URL(entry).origin))
  .default([]);

function isHttpOrigin(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.origin === raw.replace(/\/$/, '')
    );
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'], {
        message: 'one of development, production, test',
      })
      .default('development'),
    PORT: z.coerce
      .number({ message: 'a TCP port number' })
      .int({ message: 'a TCP port number' })
      .min(0, { message: 'a TCP port number' })
      .max(65535, { message: 'a TCP port number' })
      .default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: z
      .url({ message: 'an absolute http(s) URL such as https://billing.example.com' })
      .optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'a postgres:// connection URL' })
      .optional(),
    DATABASE_POOL_MAX: positiveInt('a positive integer').default(10),
    DATA_DIR: z.string().min(1).default('./data'),
    // Faults (docs/OPERATIONS.md#when-the-database-fails): how long a request waits for a pooled
    // connection before it is answered 503; how long the pool may stay starved before /healthz
    // fails; how long SIGTERM may take before the process exits anyway.
    DATABASE_ACQUIRE_TIMEOUT_SECONDS: secondsBetween(0.1, 300).default(5),
    LIVENESS_STARVED_SECONDS: secondsBetween(1, 3600).default(30),
    SHUTDOWN_TIMEOUT_SECONDS: secondsBetween(1, 3600).default(25),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    GOOGLE_ISSUER: z
      .url({ message: 'an absolute URL of an OpenID Connect issuer' })
      .default('https://accounts.google.com'),
    MICROSOFT_CLIENT_ID: z.string().min(1).optional(),
    MICROSOFT_CLIENT_SECRET: z.string().min(1).optional(),
    MICROSOFT_TENANT: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.-]+$/, {
        message:
          'common, organizations, consumers, a directory (tenant) id or a verified domain such as example.com',
      })
      .default('common'),
    MICROSOFT_ISSUER: z.url({ message: 'an absolute URL of an OpenID Connect issuer' }).optional(),
    GITHUB_CLIENT_ID: z.string().min(1).optional(),
    GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
    GITHUB_OAUTH_URL: z
      .url({ message: 'an absolute URL such as https://github.com' })
      .default('https://github.com'),
    GITHUB_API_URL: z
      .url({ message: 'an absolute URL such as https://api.github.com' })
      .default('https://api.github.com'),
    DEV_SIGN_IN: booleanFlag.optional(),
    OPERATOR_EMAILS: emailList.default([]),
    OPERATOR_REQUIRE_TWO_FACTOR: booleanFlag.default(false),
    AUTH_CACHE: booleanFlag.default(true),
    SESSION_IDLE_MINUTES: positiveInt('a positive number of minutes').default(60 * 24 * 7),
    SESSION_ABSOLUTE_HOURS: positiveInt('a positive number of hours').default(24 * 30),
    TRUST_PROXY: booleanFlag.default(false),
    SIGN_IN_LIMIT_PER_IP: positiveInt('a positive whole number of sign-ins').default(30),
    WORKERS_ENABLED: booleanFlag.default(true),
    JOB_POLL_SECONDS: z.coerce
      .number({ message: 'a number of seconds from 0.5 to 300' })
      .min(0.5, { message: 'a number of seconds from 0.5 to 300' })
      .max(300, { message: 'a number of seconds from 0.5 to 300' })
      .default(2),
    WORKER_NICE: z.coerce
      .number({ message: 'a whole number from 0 to 19' })
      .int({ message: 'a whole number from 0 to 19' })
      .min(0, { message: 'a whole number from 0 to 19' })
      .max(19, { message: 'a whole number from 0 to 19' })
      .default(0),
    TEST_CLOCK: booleanFlag.default(false),
    // Invoicing: who issues the invoices, and how customers pay by bank transfer. The defaults
    // describe a demo seller so the embedded default issues invoices with no configuration.
    SELLER_NAME: z
      .string()
      .trim()
      .min(1, { message: 'the legal name printed on invoices' })
      .max(200, { message: 'at most 200 characters' })
      .default('Ledgerline Demo Seller GmbH'),
    SELLER_ADDRESS: z
      .string()
      .trim()
      .min(1, { message: 'the postal address printed on invoices, lines separated by commas' })
      .max(500, { message: 'at most 500 characters' })
      .default('Musterstraße 1, 10115 Berlin, Germany'),
    SELLER_COUNTRY: z
      .string()
      .trim()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/, { message: 'a two-letter country code such as DE' }))
      .default('DE'),
    SELLER_VAT_ID: z
      .string()
      .transform((id) => id.toUpperCase().replace(/[\s.-]/g, ''))
      .optional(),
    SELLER_EMAIL: z.email({ message: 'an e-mail address' }).default('billing@example.com'),
    BANK_TRANSFER_INSTRUCTIONS: z
      .string()
      .trim()
      .min(1)
      .max(1000, { message: 'at most 1000 characters' })
      .default(
        'Bank transfer to Ledgerline Demo Seller GmbH, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX',
      ),
    INVOICE_NET_DAYS: z.coerce
      .number({ message: 'a whole number of days from 0 to 365' })
      .int({ message: 'a whole number of days from 0 to 365' })
      .min(0, { message: 'a whole number of days from 0 to 365' })
      .max(365, { message: 'a whole number of days from 0 to 365' })
      .default(30),
    DUNNING_RETRY_DAYS: z
      .string()
      .trim()
      .default('3,5,7')
      .transform((days) =>
        // `none`: the first failure is final (an empty variable counts as unset).
        days.toLowerCase() === 'none' ? [] : days.split(',').map((day) => Number(day.trim())),
      )
      .superRefine((days, ctx) => {
        const problem = dunningRetryDaysProblem(days);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
      }),
    DUNNING_FINAL_ACTION: z.enum(['cancel', 'suspend']).default('cancel'),
    // The one currency revenue figures are converted into (docs/DEPLOYMENT.md "Exchange rates").
    REPORTING_CURRENCY: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCurrency, { message: 'an ISO 4217 currency code such as USD or EUR' })
      .default('USD'),
    // Mail: SMTP when set, otherwise the outbox (non-production only; see modules/notifications/mail).
    SMTP_URL: z.string().trim().refine(isSmtpUrl, { message: smtpUrlExpectation }).optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .refine(isMailbox, {
        message:
          'an e-mail address, or a name and address such as Example Billing <billing@example.com>',
      })
      .optional(),
    TWO_FACTOR_KEY: twoFactorKeySchema,
    // The key being rotated away from: read as well as TWO_FACTOR_KEY until
    // `npm run rotate-two-factor-key` has re-encrypted everything (docs/OPERATIONS.md).
    TWO_FACTOR_KEY_PREVIOUS: twoFactorKeySchema,
    // Card payments (modules/payments/stripe). Without the two keys the portal takes bank
    // transfers only and says so on the Payment methods page.
    STRIPE_SECRET_KEY: z
      .string()
      .trim()
      .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, {
        message: 'a Stripe secret key (sk_test_… or sk_live_…, or a restricted rk_… key)',
      })
      .optional(),
    STRIPE_PUBLISHABLE_KEY: z
      .string()
      .trim()
      .regex(/^pk_(test|live)_[A-Za-z0-9_]+$/, {
        message: 'a Stripe publishable key (pk_test_… or pk_live_…)',
      })
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .trim()
      .regex(/^whsec_[A-Za-z0-9_+/=]+$/, {
        message: "the webhook endpoint's signing secret (whsec_…)",
      })
      .optional(),
    // Tests and local demonstrations: a Stripe stand-in (localstripe) instead of api.stripe.com.
    STRIPE_API_BASE: z
      .url({ message: 'an absolute http(s) URL such as http://127.0.0.1:8420' })
      .optional(),
    STRIPE_JS_URL: z
      .url({ message: 'an absolute http(s) URL of Stripe.js such as https://js.stripe.com/v3/' })
      .default('https://js.stripe.com/v3/'),
    // Webhook events are stored and processed by the job queue; 1 processes each one inside its
    // request instead (slower: only to compare the two, bench/webhooks.mjs).
    STRIPE_WEBHOOK_INLINE: booleanFlag.default(false),
    // 1 once the Customer Portal is set up in Stripe's dashboard: the Payment methods page then
    // offers "Manage in Stripe".
    STRIPE_CUSTOMER_PORTAL: booleanFlag.default(false),
    CSP_SCRIPT_SRC: originList,
    CSP_FRAME_SRC: originList,
    CSP_CONNECT_SRC: originList,
  })
  .superRefine((env, ctx) => {
    if (env.WORKER_NICE > 0 && !env.WORKERS_ENABLED) {
      ctx.addIssue({
        code: 'custom',
        path: ['WORKER_NICE'],
        message: '0 (unset) when this process runs no workers (WORKERS_ENABLED=0)',
      });
    }
    if (env.TWO_FACTOR_KEY_PREVIOUS !== undefined) {
      if (env.TWO_FACTOR_KEY === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['TWO_FACTOR_KEY_PREVIOUS'],
          message:
            'set only together with TWO_FACTOR_KEY (the new key); it holds the key being rotated away from',
        });
      } else if (
        // Refinements run even after a key failed its own check: compare parsed keys only.
        Buffer.isBuffer(env.TWO_FACTOR_KEY) &&
        Buffer.isBuffer(env.TWO_FACTOR_KEY_PREVIOUS) &&
        env.TWO_FACTOR_KEY.equals(env.TWO_FACTOR_KEY_PREVIOUS)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['TWO_FACTOR_KEY_PREVIOUS'],
          message: 'the old key, different from TWO_FACTOR_KEY (unset it when not rotating)',
        });
      }
    }
    const hasSecret = env.STRIPE_SECRET_KEY !== undefined;
    if (hasSecret !== (env.STRIPE_PUBLISHABLE_KEY !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [hasSecret ? 'STRIPE_PUBLISHABLE_KEY' : 'STRIPE_SECRET_KEY'],
        message:
          'set together with ' + (hasSecret ? 'STRIPE_SECRET_KEY' : 'STRIPE_PUBLISHABLE_KEY'),
      });
    }
    if (
      hasSecret &&
      env.STRIPE_PUBLISHABLE_KEY !== undefined &&
      env.STRIPE_SECRET_KEY!.includes('_live_') !== env.STRIPE_PUBLISHABLE_KEY.includes('_live_')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_PUBLISHABLE_KEY'],
        message: 'a key of the same mode as STRIPE_SECRET_KEY (both test or both live)',
      });
    }
    if (!hasTaxRate(env.SELLER_COUNTRY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SELLER_COUNTRY'],
        message: 'a country Ledgerline has tax rules for (an EU member state, GB or US)',
      });
    }
    if (
      env.SELLER_VAT_ID !== undefined &&
      isEuMemberState(env.SELLER_COUNTRY) &&
      !isValidEuVatIdFormat(env.SELLER_VAT_ID, env.SELLER_COUNTRY)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['SELLER_VAT_ID'],
        message: `a VAT id of SELLER_COUNTRY (${env.SELLER_COUNTRY}), e.g. DE123456789`,
      });
    }
    for (const provider of ['GOOGLE', 'MICROSOFT', 'GITHUB'] as const) {
      const id = `${provider}_CLIENT_ID` as const;
      const secret = `${provider}_CLIENT_SECRET` as const;
      const hasId = env[id] !== undefined;
      if (hasId !== (env[secret] !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [hasId ? secret : id],
          message: 'set together with ' + (hasId ? id : secret),
        });
      }
    }
    const hasProvider =
      env.GOOGLE_CLIENT_ID !== undefined ||
      env.MICROSOFT_CLIENT_ID !== undefined ||
      env.GITHUB_CLIENT_ID !== undefined;
    if (env.NODE_ENV === 'production') {
      if (env.DEV_SIGN_IN === true) {
        ctx.addIssue({
          code: 'custom',
          path: ['DEV_SIGN_IN'],
          message: 'the development sign-in never runs in production; unset it',
        });
      }
      if (!hasProvider) {
        ctx.addIssue({
          code: 'custom',
          path: ['GOOGLE_CLIENT_ID'],
          message:
            'required in production unless MICROSOFT_CLIENT_ID or GITHUB_CLIENT_ID is set (the development sign-in is refused there)',
        });
      }
      // The test overrides point at local stand-ins; a real deployment talks to them over TLS.
      for (const variable of ['MICROSOFT_ISSUER', 'GITHUB_OAUTH_URL', 'GITHUB_API_URL'] as const) {
        const value = env[variable];
        if (value !== undefined && !value.startsWith('https://')) {
          ctx.addIssue({
            code: 'custom',
            path: [variable],
            message: 'an https:// URL in production',
          });
        }
      }
      if (env.PUBLIC_URL === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['PUBLIC_URL'],
          message: 'required in production: the https URL users reach Ledgerline at',
        });
      }
      if (env.TEST_CLOCK) {
        ctx.addIssue({
          code: 'custom',
          path: ['TEST_CLOCK'],
          message: 'unset in production: the test clock moves billing time for demonstrations only',
        });
      }
      if (env.DATABASE_URL === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_URL'],
          message: 'required in production: the embedded database is for evaluation only',
        });
      }
      if (env.SMTP_URL === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message:
            'required in production: without it e-mail (invites, invoices) only reaches the development outbox, which production does not show',
        });
      }
      if (env.STRIPE_SECRET_KEY !== undefined && env.STRIPE_WEBHOOK_SECRET === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['STRIPE_WEBHOOK_SECRET'],
          message:
            'required in production when STRIPE_SECRET_KEY is set: without webhooks, payments finished outside the portal (3-D Secure, disputes) are never recorded',
        });
      }
      for (const variable of ['STRIPE_API_BASE', 'STRIPE_JS_URL'] as const) {
        const value = env[variable];
        if (value !== undefined && !value.startsWith('https://')) {
          ctx.addIssue({
            code: 'custom',
            path: [variable],
            message: 'an https:// URL in production',
          });
        }
      }
      for (const variable of ['CSP_SCRIPT_SRC', 'CSP_FRAME_SRC', 'CSP_CONNECT_SRC'] as const) {
        if (env[variable].some((origin) => !origin.startsWith('https://'))) {
          ctx.addIssue({
            code: 'custom',
            path: [variable],
            message: 'https:// origins in production',
          });
        }
      }
      if (env.TWO_FACTOR_KEY === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['TWO_FACTOR_KEY'],
          message:
            'required in production: 32 random bytes in base64 that encrypt two-factor secrets (`openssl rand -base64 32`)',
        });
      }
    }
  });

function hasTaxRate(country: string): boolean {
  try {
    standardTaxRateBps(country);
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  production: boolean;
  port: number;
  host: string;
  /** Origin users reach the portal at; cookies, redirects and the Origin check use it. */
  publicUrl: URL;
  database: {
    url: string | undefined;
    poolMax: number;
    dataDir: string;
  };
  /** How the process copes with a failing database (docs/OPERATIONS.md). */
  resilience: {
    /** A request waits this long for a pooled connection, then gets a 503. */
    acquireTimeoutMs: number;
    /** /healthz fails once no connection could be acquired for this long (the pool is wedged). */
    starvedLimitMs: number;
    /** SIGTERM: the process exits within this long, whatever is still running. */
    shutdownTimeoutMs: number;
  };
  logLevel: Env['LOG_LEVEL'];
  google: { clientId: string; clientSecret: string; issuer: string } | undefined;
  /** Microsoft Entra ID (work, school and personal accounts), by OpenID Connect. */
  microsoft: { clientId: string; clientSecret: string; issuer: string } | undefined;
  /** GitHub, by OAuth 2.0: `oauthUrl` serves /login/oauth/*, `apiUrl` the REST API. */
  github: { clientId: string; clientSecret: string; oauthUrl: string; apiUrl: string } | undefined;
  devSignIn: boolean;
  operatorEmails: ReadonlySet<string>;
  /** Operators act as operators only once their two-factor sign-in is on (docs/OPERATIONS.md). */
  operatorRequireTwoFactor: boolean;
  session: { idleMs: number; absoluteMs: number };
  /**
   * Keep each session's auth row in this process between requests, checked against the
   * database's auth epoch on every request (modules/signin/auth-cache.ts). AUTH_CACHE=0: off.
   */
  authCache: boolean;
  trustProxy: boolean;
  /** Per-client-address limits (modules/rate-limits): sign-ins per address per 10 minutes. */
  rateLimits: { signInPerIp: number };
  /**
   * Background jobs: whether this process runs workers, how often idle workers poll, and how much
   * a process that runs workers lowers its OS scheduling priority (nice; 0: unchanged).
   */
  jobs: { workersEnabled: boolean; pollSeconds: number; workerNice: number };
  /** Billing time = real time + a persisted offset operators move (never in production). */
  testClock: boolean;
  billing: BillingConfig;
  mail: MailConfig;
  /**
   * TWO_FACTOR_KEY: encrypts TOTP secrets and keys backup-code hashes. Unset outside production:
   * see loadTwoFactorKeys (modules/identity/two-factor).
   */
  twoFactorKey: Buffer | undefined;
  /**
   * TWO_FACTOR_KEY_PREVIOUS: the key TWO_FACTOR_KEY replaced, still tried for secrets and backup
   * codes it protects until they are re-encrypted (`npm run rotate-two-factor-key`).
   */
  twoFactorKeyPrevious: Buffer | undefined;
  /** Card payments through Stripe; null without STRIPE_SECRET_KEY (bank transfer only). */
  stripe: StripeConfig | null;
  /** STRIPE_JS_URL: where browsers load Stripe.js (the Content-Security-Policy allows it). */
  stripeJsUrl: string;
  /**
   * Origins added to the Content-Security-Policy beyond the app's own (http/security-headers.ts):
   * scripts (e.g. Stripe.js), frames it opens, and hosts the page may call.
   */
  contentSecurity: ContentSecuritySources;
}

/** STRIPE_* (modules/payments/stripe). */
export interface StripeConfig {
  secretKey: string;
  publishableKey: string;
  /** STRIPE_WEBHOOK_SECRET; null: the webhook route refuses every event (only outside production). */
  webhookSecret: string | null;
  /** STRIPE_API_BASE: another API host (a test stand-in); null is api.stripe.com. */
  apiBase: URL | null;
  /** STRIPE_WEBHOOK_INLINE: process webhook events in the request, not from the job queue. */
  webhookInline: boolean;
  /** STRIPE_CUSTOMER_PORTAL: hand customers to Stripe's Customer Portal ("Manage in Stripe"). */
  customerPortal: boolean;
}

export interface ContentSecuritySources {
  scriptSrc: readonly string[];
  frameSrc: readonly string[];
  connectSrc: readonly string[];
}

/** Where e-mail goes (docs/OPERATIONS.md "E-mail"). */
export interface MailConfig {
  /** SMTP_URL (it may carry a password: never log it); null: mail stays in the outbox. */
  smtpUrl: string | null;
  /** The From header of every message. */
  from: string;
}

/** The seller and payment terms printed on every invoice (copied onto it at finalization). */
export interface BillingConfig {
  seller: {
    name: string;
    /** SELLER_ADDRESS split at its commas. */
    addressLines: string[];
    /** ISO 3166-1 alpha-2; decides domestic tax and EU reverse charge. */
    country: string;
    vatId: string | null;
    email: string;
  };
  bankTransferInstructions: string;
  /** Bank-transfer invoices are due this many days after issue. */
  invoiceNetDays: number;
  /** Retries after a failed collection and what happens when they all fail. */
  dunning: DunningPolicy;
  /** Stripe is configured: accounts with a default card are charged by card (card-collection.ts). */
  cardPayments: boolean;
  /** REPORTING_CURRENCY: revenue figures are converted into it with the stored exchange rates. */
  reportingCurrency: string;
}

/**
 * With card payments on, the Content-Security-Policy also allows Stripe.js: its script and frames
 * from STRIPE_JS_URL's origin, its API calls to STRIPE_API_BASE (api.stripe.com by default), and
 * Stripe's 3-D Secure frames (hooks.stripe.com) when talking to the real Stripe.
 */
function withStripeOrigins(
  sources: ContentSecuritySources,
  stripe: { jsUrl: string; apiBase: string | null } | null,
): ContentSecuritySources {
  if (stripe === null) return sources;
  const js = new URL(stripe.jsUrl).origin;
  const api = new URL(stripe.apiBase ?? 'https://api.stripe.com').origin;
  const frames = stripe.apiBase === null ? [js, 'https://hooks.stripe.com'] : [js];
  const add = (list: readonly string[], more: string[]) => [...new Set([...list, ...more])];
  return {
    scriptSrc: add(sources.scriptSrc, [js]),
    frameSrc: add(sources.frameSrc, frames),
    connectSrc: add(sources.connectSrc, [api]),
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`Invalid configuration: ${variable} must be ${expected}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws `ConfigError` naming the first bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    let expected = issue?.message ?? 'valid';
    if (issue?.code === 'invalid_value' && 'values' in issue) {
      expected = `one of ${(issue.values as unknown[]).join(', ')}`;
    }
    throw new ConfigError(variable, expected);
  }
  const env = parsed.data;
  const port = env.PORT;
  const publicUrl = new URL(env.PUBLIC_URL ?? `http://localhost:${port}`);
  const google =
    env.GOOGLE_CLIENT_ID !== undefined && env.GOOGLE_CLIENT_SECRET !== undefined
      ? {
          clientId: env.GOOGLE_CLIENT_ID,
          clientSecret: env.GOOGLE_CLIENT_SECRET,
          issuer: env.GOOGLE_ISSUER,
        }
      : undefined;
  const microsoft =
    env.MICROSOFT_CLIENT_ID !== undefined && env.MICROSOFT_CLIENT_SECRET !== undefined
      ? {
          clientId: env.MICROSOFT_CLIENT_ID,
          clientSecret: env.MICROSOFT_CLIENT_SECRET,
          issuer:
            env.MICROSOFT_ISSUER ??
            `https://login.microsoftonline.com/${env.MICROSOFT_TENANT}/v2.0`,
        }
      : undefined;
  const github =
    env.GITHUB_CLIENT_ID !== undefined && env.GITHUB_CLIENT_SECRET !== undefined
      ? {
          clientId: env.GITHUB_CLIENT_ID,
          clientSecret: env.GITHUB_CLIENT_SECRET,
          oauthUrl: env.GITHUB_OAUTH_URL,
          apiUrl: env.GITHUB_API_URL,
        }
      : undefined;
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    production,
    port,
    host: env.HOST,
    publicUrl,
    database: {
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      dataDir: env.DATA_DIR,
    },
    resilience: {
      acquireTimeoutMs: Math.round(env.DATABASE_ACQUIRE_TIMEOUT_SECONDS * 1000),
      starvedLimitMs: Math.round(env.LIVENESS_STARVED_SECONDS * 1000),
      shutdownTimeoutMs: Math.round(env.SHUTDOWN_TIMEOUT_SECONDS * 1000),
    },
    logLevel: env.LOG_LEVEL,
    google,
    microsoft,
    github,
    // The development provider stands in when no real provider is configured, outside
    // production; DEV_SIGN_IN=1 keeps it on beside them (e.g. for end-to-end tests).
    devSignIn:
      !production &&
      (env.DEV_SIGN_IN ??
        (google === undefined && microsoft === undefined && github === undefined)),
    operatorEmails: new Set(env.OPERATOR_EMAILS),
    operatorRequireTwoFactor: env.OPERATOR_REQUIRE_TWO_FACTOR,
    session: {
      idleMs: env.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    },
    authCache: env.AUTH_CACHE,
    trustProxy: env.TRUST_PROXY,
    rateLimits: { signInPerIp: env.SIGN_IN_LIMIT_PER_IP },
    jobs: {
      workersEnabled: env.WORKERS_ENABLED,
      pollSeconds: env.JOB_POLL_SECONDS,
      workerNice: env.WORKER_NICE,
    },
    testClock: env.TEST_CLOCK,
    billing: {
      seller: {
        name: env.SELLER_NAME,
        addressLines: env.SELLER_ADDRESS.split(',')
          .map((line) => line.trim())
          .filter((line) => line.length > 0),
        country: env.SELLER_COUNTRY,
        vatId: env.SELLER_VAT_ID ?? null,
        email: env.SELLER_EMAIL.toLowerCase(),
      },
      bankTransferInstructions: env.BANK_TRANSFER_INSTRUCTIONS,
      invoiceNetDays: env.INVOICE_NET_DAYS,
      dunning: { retryDays: env.DUNNING_RETRY_DAYS, finalAction: env.DUNNING_FINAL_ACTION },
      cardPayments: env.STRIPE_SECRET_KEY !== undefined,
      reportingCurrency: env.REPORTING_CURRENCY,
    },
    mail: {
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM ?? defaultMailFrom(env.SELLER_NAME, env.SELLER_EMAIL.toLowerCase()),
    },
    twoFactorKey: env.TWO_FACTOR_KEY,
    twoFactorKeyPrevious: env.TWO_FACTOR_KEY_PREVIOUS,
    stripe:
      env.STRIPE_SECRET_KEY !== undefined && env.STRIPE_PUBLISHABLE_KEY !== undefined
        ? {
            secretKey: env.STRIPE_SECRET_KEY,
            publishableKey: env.STRIPE_PUBLISHABLE_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? null,
            apiBase: env.STRIPE_API_BASE === undefined ? null : new URL(env.STRIPE_API_BASE),
            webhookInline: env.STRIPE_WEBHOOK_INLINE,
            customerPortal: env.STRIPE_CUSTOMER_PORTAL,
          }
        : null,
    stripeJsUrl: env.STRIPE_JS_URL,
    contentSecurity: withStripeOrigins(
      {
        scriptSrc: env.CSP_SCRIPT_SRC,
        frameSrc: env.CSP_FRAME_SRC,
        connectSrc: env.CSP_CONNECT_SRC,
      },
      env.STRIPE_SECRET_KEY === undefined
        ? null
        : { jsUrl: env.STRIPE_JS_URL, apiBase: env.STRIPE_API_BASE ?? null },
    ),
  };
}
