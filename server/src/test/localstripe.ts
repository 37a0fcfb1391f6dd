import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The virtualenv `scripts/setup.sh --test` installs localstripe into (LOCALSTRIPE_BIN overrides). */
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const localstripeBin =
  process.env.LOCALSTRIPE_BIN ?? path.join(repositoryRoot, '.venv-localstripe/bin/localstripe');

export interface Localstripe {
  /** e.g. http://127.0.0.1:43121: STRIPE_API_BASE; its stand-in Stripe.js is at `${url}/js.stripe.com/v3/`. */
  url: string;
  /** Settings a test server needs to use it (keys are free-form on localstripe). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) {
      throw new Error(`localstripe exited (${child.exitCode}): ${output()}`);
    }
    try {
      const response = await fetch(`${url}/v1/customers`, {
        headers: { Authorization: 'Bearer sk_test_ready' },
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`localstripe did not answer at ${url}: ${output()}`);
}

/**
 * localstripe (a stateful Stripe stand-in, PyPI 1.15.10) on a free local port, started empty
 * (`--from-scratch`: otherwise it reloads the pickle file every instance on the machine shares).
 * A real peer for the Stripe SDK: customers, SetupIntents, payment methods, PaymentIntents with
 * 3-D Secure and declines, signed webhooks.
 */
export async function startLocalstripe(): Promise<Localstripe> {
  if (!existsSync(localstripeBin)) {
    throw new Error(
      `localstripe is not installed at ${localstripeBin}: run \`bash scripts/setup.sh --test\``,
    );
  }
  const port = await freePort();
  const child = spawn(localstripeBin, ['--port', String(port), '--from-scratch'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    env: {
      STRIPE_SECRET_KEY: 'sk_test_ledgerline',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_ledgerline',
      STRIPE_WEBHOOK_SECRET: 'whsec_ledgerline_test',
      STRIPE_API_BASE: url,
      STRIPE_JS_URL: `${url}/js.stripe.com/v3/`,
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
