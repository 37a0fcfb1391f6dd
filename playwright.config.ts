import { defineConfig } from '@playwright/test';
import { smtpPort } from './e2e/mail-sink';

/**
 * End-to-end tests drive Debian's Chromium against the portal started exactly as the README's
 * start command does (embedded PGlite, development sign-in), on a throw-away data folder.
 */
const port = Number(process.env.E2E_PORT ?? 3199);
const dataDir = `/tmp/ledgerline-e2e-${process.pid}`;
/** localstripe, the Stripe stand-in (`bash scripts/setup.sh --test` installs it), beside the portal. */
const stripePort = port + 2000;
const stripeBase = `http://127.0.0.1:${stripePort}`;

export default defineConfig({
  testDir: 'e2e',
  // A real SMTP server for the portal's e-mail (invitations), read by the tests.
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // The test clock moves billing (and session) time for the whole portal: its spec runs after
  // every other one, whatever the file names.
  projects: [
    { name: 'portal', testIgnore: /test-clock\.spec\.ts$/ },
    { name: 'test-clock', testMatch: /test-clock\.spec\.ts$/, dependencies: ['portal'] },
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `.venv-localstripe/bin/localstripe --port ${stripePort} --from-scratch`,
      url: `${stripeBase}/js.stripe.com/v3/`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `rm -rf ${dataDir} && npm run build && node server/dist/main.js`,
      url: `http://localhost:${port}/readyz`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        OPERATOR_EMAILS: 'operator@vendor.example',
        // The test-clock spec moves billing time; it runs last (the `test-clock` project).
        TEST_CLOCK: '1',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // The suite signs in far more often than people do, all from 127.0.0.1.
        SIGN_IN_LIMIT_PER_IP: '10000',
        // A busy CI machine can queue the suite's requests behind the embedded database's four
        // connections for longer than the 5 s default (which server tests cover).
        DATABASE_ACQUIRE_TIMEOUT_SECONDS: '30',
        STRIPE_SECRET_KEY: 'sk_test_e2e',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e',
        STRIPE_WEBHOOK_SECRET: 'whsec_e2e',
        STRIPE_API_BASE: stripeBase,
        STRIPE_JS_URL: `${stripeBase}/js.stripe.com/v3/`,
        // "Manage in Stripe" is shown; localstripe has no Customer Portal, so opening it fails.
        STRIPE_CUSTOMER_PORTAL: '1',
      },
    },
  ],
});
