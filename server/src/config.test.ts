import { ConfigError, loadConfig } from './config.js';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('runs with no configuration at all: embedded database, development sign-in, port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir).toBe('./data');
    expect(config.devSignIn).toBe(true);
    expect(config.google).toBeUndefined();
    expect(config.publicUrl.toString()).toBe('http://localhost:3000/');
    expect(config.jobs).toEqual({ workersEnabled: true, pollSeconds: 2, workerNice: 0 });
  });

  it('reads WORKER_NICE for a process that runs workers', () => {
    expect(loadConfig({ WORKER_NICE: '10' }).jobs.workerNice).toBe(10);
    expect(loadConfig({ WORKER_NICE: '0', WORKERS_ENABLED: '0' }).jobs.workerNice).toBe(0);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', 'a TCP port number'],
    [{ PORT: '70000' }, 'PORT', 'a TCP port number'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', 'a postgres:// connection URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', 'one of development, production, test'],
    [
      { OPERATOR_EMAILS: 'ops@example.com, not-an-email' },
      'OPERATOR_EMAILS',
      'a comma-separated list of e-mail addresses',
    ],
    [{ GOOGLE_CLIENT_ID: 'abc' }, 'GOOGLE_CLIENT_SECRET', 'set together with GOOGLE_CLIENT_ID'],
    [
      { MICROSOFT_CLIENT_SECRET: 'abc' },
      'MICROSOFT_CLIENT_ID',
      'set together with MICROSOFT_CLIENT_SECRET',
    ],
    [{ GITHUB_CLIENT_ID: 'abc' }, 'GITHUB_CLIENT_SECRET', 'set together with GITHUB_CLIENT_ID'],
    [
      { MICROSOFT_TENANT: 'common/../x' },
      'MICROSOFT_TENANT',
      'common, organizations, consumers, a directory (tenant) id or a verified domain such as example.com',
    ],
    [
      { GITHUB_API_URL: 'api.github.com' },
      'GITHUB_API_URL',
      'an absolute URL such as https://api.github.com',
    ],
    [
      { PUBLIC_URL: 'billing.example.com' },
      'PUBLIC_URL',
      'an absolute http(s) URL such as https://billing.example.com',
    ],
    [{ SESSION_IDLE_MINUTES: '-5' }, 'SESSION_IDLE_MINUTES', 'a positive number of minutes'],
    [{ DEV_SIGN_IN: 'yes' }, 'DEV_SIGN_IN', 'one of 0, 1, true, false'],
    [{ WORKER_NICE: '20' }, 'WORKER_NICE', 'a whole number from 0 to 19'],
    [{ WORKER_NICE: '-1' }, 'WORKER_NICE', 'a whole number from 0 to 19'],
    [{ WORKER_NICE: '2.5' }, 'WORKER_NICE', 'a whole number from 0 to 19'],
    [
      { WORKER_NICE: '5', WORKERS_ENABLED: '0' },
      'WORKER_NICE',
      '0 (unset) when this process runs no workers (WORKERS_ENABLED=0)',
    ],
  ])('names the malformed variable in %j', (env, variable, expected) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toBe(`Invalid configuration: ${variable} must be ${expected}`);
  });

  it('requires Google, a public URL and a database in production, and refuses the development sign-in', () => {
    expect(errorOf({ NODE_ENV: 'production' }).variable).toBe('GOOGLE_CLIENT_ID');
    const complete = {
      NODE_ENV: 'production',
      GOOGLE_CLIENT_ID: 'id',
      GOOGLE_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://billing.example.com',
      DATABASE_URL: 'postgres://db/ledgerline',
      SMTP_URL: 'smtps://mailer:secret@smtp.example.com',
      TWO_FACTOR_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    };
    const config = loadConfig(complete);
    expect(config.devSignIn).toBe(false);
    expect(errorOf({ ...complete, DEV_SIGN_IN: '1' }).variable).toBe('DEV_SIGN_IN');
    expect(errorOf({ ...complete, DATABASE_URL: '' }).variable).toBe('DATABASE_URL');
    expect(errorOf({ ...complete, SMTP_URL: '' }).message).toBe(
      'Invalid configuration: SMTP_URL must be required in production: without it e-mail (invites, invoices) only reaches the development outbox, which production does not show',
    );
    expect(errorOf({ ...complete, TWO_FACTOR_KEY: '' }).variable).toBe('TWO_FACTOR_KEY');
  });

  it('accepts Microsoft or GitHub instead of Google in production, over https only', () => {
    const withoutGoogle = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://billing.example.com',
      DATABASE_URL: 'postgres://db/ledgerline',
      SMTP_URL: 'smtps://mailer:secret@smtp.example.com',
      TWO_FACTOR_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    };
    const github = loadConfig({
      ...withoutGoogle,
      GITHUB_CLIENT_ID: 'id',
      GITHUB_CLIENT_SECRET: 's',
    });
    expect(github.github).toEqual({
      clientId: 'id',
      clientSecret: 's',
      oauthUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
    });
    expect(github.google).toBeUndefined();
    const microsoft = { ...withoutGoogle, MICROSOFT_CLIENT_ID: 'id', MICROSOFT_CLIENT_SECRET: 's' };
    expect(loadConfig(microsoft).microsoft?.issuer).toBe(
      'https://login.microsoftonline.com/common/v2.0',
    );
    expect(loadConfig({ ...microsoft, MICROSOFT_TENANT: 'example.com' }).microsoft?.issuer).toBe(
      'https://login.microsoftonline.com/example.com/v2.0',
    );
    expect(
      errorOf({ ...microsoft, MICROSOFT_ISSUER: 'http://127.0.0.1:9/tenant/v2.0' }).message,
    ).toBe('Invalid configuration: MICROSOFT_ISSUER must be an https:// URL in production');
  });

  it('turns the development sign-in off by default once any real provider is configured', () => {
    expect(loadConfig({ GITHUB_CLIENT_ID: 'id', GITHUB_CLIENT_SECRET: 's' }).devSignIn).toBe(false);
    expect(
      loadConfig({ MICROSOFT_CLIENT_ID: 'id', MICROSOFT_CLIENT_SECRET: 's', DEV_SIGN_IN: '1' })
        .devSignIn,
    ).toBe(true);
  });

  it('reads TWO_FACTOR_KEY as 32 bytes of base64 and refuses anything else', () => {
    expect(
      loadConfig({
        TWO_FACTOR_KEY: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
      }).twoFactorKey?.toString('utf8'),
    ).toBe('0123456789abcdef0123456789abcdef');
    expect(loadConfig({}).twoFactorKey).toBeUndefined();
    for (const bad of ['short', 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNk', '0'.repeat(64)]) {
      expect(errorOf({ TWO_FACTOR_KEY: bad }).message).toBe(
        'Invalid configuration: TWO_FACTOR_KEY must be 32 random bytes in base64 (e.g. the output of `openssl rand -base64 32`)',
      );
    }
  });

  it('reads TWO_FACTOR_KEY_PREVIOUS like TWO_FACTOR_KEY, only beside a different TWO_FACTOR_KEY', () => {
    const key = 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
    const previous = 'cHJldmlvdXMtdHdvLWZhY3Rvci1rZXktMzItYnl0ZXM=';
    const config = loadConfig({ TWO_FACTOR_KEY: key, TWO_FACTOR_KEY_PREVIOUS: previous });
    expect(config.twoFactorKeyPrevious?.toString('utf8')).toBe('previous-two-factor-key-32-bytes');
    expect(loadConfig({ TWO_FACTOR_KEY: key }).twoFactorKeyPrevious).toBeUndefined();
    expect(errorOf({ TWO_FACTOR_KEY: key, TWO_FACTOR_KEY_PREVIOUS: 'short' }).message).toBe(
      'Invalid configuration: TWO_FACTOR_KEY_PREVIOUS must be 32 random bytes in base64 (e.g. the output of `openssl rand -base64 32`)',
    );
    expect(errorOf({ TWO_FACTOR_KEY_PREVIOUS: previous }).message).toMatch(
      /TWO_FACTOR_KEY_PREVIOUS must be set only together with TWO_FACTOR_KEY/,
    );
    expect(errorOf({ TWO_FACTOR_KEY: key, TWO_FACTOR_KEY_PREVIOUS: key }).message).toMatch(
      /TWO_FACTOR_KEY_PREVIOUS must be the old key, different from TWO_FACTOR_KEY/,
    );
  });

  it('sends mail through SMTP_URL when set, from the seller unless MAIL_FROM says otherwise', () => {
    expect(loadConfig({}).mail).toEqual({
      smtpUrl: null,
      from: '"Ledgerline Demo Seller GmbH" <billing@example.com>',
    });
    const config = loadConfig({
      SMTP_URL: 'smtp://mailer:p%40ss@smtp.example.com:587',
      MAIL_FROM: 'Example Billing <no-reply@example.com>',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://mailer:p%40ss@smtp.example.com:587',
      from: 'Example Billing <no-reply@example.com>',
    });
  });

  it.each([
    [{ SMTP_URL: 'smtp.example.com:587' }],
    [{ SMTP_URL: 'https://smtp.example.com' }],
    [{ SMTP_URL: 'smtp://' }],
  ])('refuses an SMTP_URL that is not an smtp(s) URL: %j', (env) => {
    expect(errorOf(env).message).toBe(
      'Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL with a host, such as smtps://user:password@smtp.example.com:465 (percent-encode special characters in the password)',
    );
  });

  it.each([['not-an-address'], ['Billing <billing@example.com'], ['a@example.com, b@example.com']])(
    'refuses a MAIL_FROM that is not one mailbox: %s',
    (from) => {
      expect(errorOf({ MAIL_FROM: from }).variable).toBe('MAIL_FROM');
    },
  );

  it('reads the database fault settings in seconds, with defaults, and refuses nonsense', () => {
    expect(loadConfig({}).resilience).toEqual({
      acquireTimeoutMs: 5_000,
      starvedLimitMs: 30_000,
      shutdownTimeoutMs: 25_000,
    });
    const set = loadConfig({
      DATABASE_ACQUIRE_TIMEOUT_SECONDS: '0.5',
      LIVENESS_STARVED_SECONDS: '60',
      SHUTDOWN_TIMEOUT_SECONDS: '10',
    });
    expect(set.resilience).toEqual({
      acquireTimeoutMs: 500,
      starvedLimitMs: 60_000,
      shutdownTimeoutMs: 10_000,
    });
    expect(errorOf({ DATABASE_ACQUIRE_TIMEOUT_SECONDS: '0' }).message).toBe(
      'Invalid configuration: DATABASE_ACQUIRE_TIMEOUT_SECONDS must be a number of seconds from 0.1 to 300',
    );
    expect(errorOf({ LIVENESS_STARVED_SECONDS: 'soon' }).variable).toBe('LIVENESS_STARVED_SECONDS');
    expect(errorOf({ SHUTDOWN_TIMEOUT_SECONDS: '0' }).expected).toBe(
      'a number of seconds from 1 to 3600',
    );
  });

  it('parses operator e-mails case-insensitively', () => {
    const config = loadConfig({ OPERATOR_EMAILS: ' Ops@Vendor.example ,finance@vendor.example' });
    expect([...config.operatorEmails]).toEqual(['ops@vendor.example', 'finance@vendor.example']);
  });

  it('keeps the auth cache on unless AUTH_CACHE=0, and refuses anything but 0/1/true/false', () => {
    expect(loadConfig({}).authCache).toBe(true);
    expect(loadConfig({ AUTH_CACHE: '0' }).authCache).toBe(false);
    expect(loadConfig({ AUTH_CACHE: 'false' }).authCache).toBe(false);
    expect(loadConfig({ AUTH_CACHE: '1' }).authCache).toBe(true);
    expect(errorOf({ AUTH_CACHE: 'off' }).message).toContain('AUTH_CACHE');
  });

  it('turns card payments on only with both Stripe keys, of the same mode', () => {
    expect(loadConfig({}).stripe).toBeNull();
    expect(loadConfig({}).stripeJsUrl).toBe('https://js.stripe.com/v3/');
    const config = loadConfig({
      STRIPE_SECRET_KEY: 'sk_test_abc',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_abc',
      STRIPE_API_BASE: 'http://127.0.0.1:8420',
    });
    expect(config.stripe).toEqual({
      secretKey: 'sk_test_abc',
      publishableKey: 'pk_test_abc',
      webhookSecret: null,
      apiBase: new URL('http://127.0.0.1:8420'),
      webhookInline: false,
      customerPortal: false,
    });
    // The stand-in's Stripe.js and API are allowed by the Content-Security-Policy.
    expect(config.contentSecurity).toEqual({
      scriptSrc: ['https://js.stripe.com'],
      frameSrc: ['https://js.stripe.com'],
      connectSrc: ['http://127.0.0.1:8420'],
    });
    expect(errorOf({ STRIPE_SECRET_KEY: 'sk_test_abc' }).variable).toBe('STRIPE_PUBLISHABLE_KEY');
    expect(errorOf({ STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' }).variable).toBe('STRIPE_SECRET_KEY');
    expect(
      errorOf({ STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_PUBLISHABLE_KEY: 'pk_test_abc' }).message,
    ).toBe(
      'Invalid configuration: STRIPE_PUBLISHABLE_KEY must be a key of the same mode as STRIPE_SECRET_KEY (both test or both live)',
    );
    expect(errorOf({ STRIPE_SECRET_KEY: 'pk_test_abc' }).variable).toBe('STRIPE_SECRET_KEY');
    expect(errorOf({ STRIPE_WEBHOOK_SECRET: 'secret' }).variable).toBe('STRIPE_WEBHOOK_SECRET');
    expect(errorOf({ STRIPE_JS_URL: 'js.stripe.com' }).variable).toBe('STRIPE_JS_URL');
    expect(errorOf({ STRIPE_WEBHOOK_INLINE: 'yes' }).variable).toBe('STRIPE_WEBHOOK_INLINE');
    expect(errorOf({ STRIPE_CUSTOMER_PORTAL: 'on' }).variable).toBe('STRIPE_CUSTOMER_PORTAL');
  });

  it('requires the webhook secret and https Stripe URLs in production', () => {
    const production = {
      NODE_ENV: 'production',
      GOOGLE_CLIENT_ID: 'id',
      GOOGLE_CLIENT_SECRET: 'secret',
      PUBLIC_URL: 'https://billing.example.com',
      DATABASE_URL: 'postgres://db/ledgerline',
      SMTP_URL: 'smtps://smtp.example.com',
      TWO_FACTOR_KEY: Buffer.alloc(32, 1).toString('base64'),
      STRIPE_SECRET_KEY: 'sk_live_abc',
      STRIPE_PUBLISHABLE_KEY: 'pk_live_abc',
    };
    expect(errorOf(production).variable).toBe('STRIPE_WEBHOOK_SECRET');
    const withSecret = { ...production, STRIPE_WEBHOOK_SECRET: 'whsec_abc' };
    expect(loadConfig(withSecret).stripe?.webhookSecret).toBe('whsec_abc');
    expect(errorOf({ ...withSecret, STRIPE_API_BASE: 'http://127.0.0.1:8420' }).variable).toBe(
      'STRIPE_API_BASE',
    );
  });
});
