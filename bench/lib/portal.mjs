/**
 * A Ledgerline for the browser benchmarks (first-load.mjs, lighthouse.mjs): started from the
 * build, and a signed-in returning person's session cookie.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CookieClient } from './cookie-client.mjs';
import { rootDir } from './machine.mjs';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts server/dist/main.js (with the web build) on the embedded database in a fresh DATA_DIR,
 * development sign-in on; resolves with its URL once ready. `bench` (harness.mjs) gets the
 * clean-ups; `children` the process, for interruption.
 */
export async function startPortal(bench, children) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ledgerline-browser-bench-'));
  bench.cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, [path.join(rootDir, 'server', 'dist', 'main.js')], {
    cwd: rootDir,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SIGN_IN_LIMIT_PER_IP: '10000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  bench.cleanups.push(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
  const url = `http://localhost:${port}`;
  for (let waited = 0; waited < 120_000; waited += 250) {
    bench.checkInterrupted();
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return url;
    await sleep(250);
  }
  throw new Error('the server did not become ready within 120 s');
}

/** Signs the bench user in and puts the first-run wizard and tour away: a returning person. */
export async function signInReturningPerson(url, email, name) {
  const client = new CookieClient(url);
  await client.signInWithDevProvider(email, name);
  for (const query of ['mutation { skipOnboarding { id } }', 'mutation { dismissTour }']) {
    const response = await client.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(url).origin },
      body: JSON.stringify({ query }),
    });
    await response.body?.cancel();
  }
  const cookie = client.cookieHeader();
  if (!cookie.includes('=')) throw new Error('the sign-in set no cookie');
  return cookie;
}
