import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testAcquireTimeoutSeconds } from './database.js';

/**
 * Tests that kill a Ledgerline process (SIGKILL) need a real process: `node server/dist/main.js`,
 * built here when the build is missing or older than the sources (as bench/run.sh does). Test
 * files that build at the same time take turns through a lock folder.
 */
const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rootDir = resolve(serverDir, '..');
export const builtMain = join(serverDir, 'dist', 'main.js');
const node = join(rootDir, 'node_modules', '.bin', 'node');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test') newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function buildIsCurrent(): boolean {
  try {
    return statSync(builtMain).mtimeMs >= newestSource(join(serverDir, 'src'));
  } catch {
    return false;
  }
}

/** Builds server/dist unless it is current; returns the path of main.js. */
export function ensureServerBuild(): string {
  const lock = join(serverDir, '.test-build-lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} held for 3 minutes; remove it if stale`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!buildIsCurrent()) {
      execFileSync(
        node,
        [join(rootDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
        {
          cwd: serverDir,
          stdio: 'inherit',
        },
      );
    }
  } finally {
    rmdirSync(lock);
  }
  return builtMain;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface LedgerlineProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote to stdout and stderr (JSON log lines). */
  output(): string;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals>;
}

/** Starts `node server/dist/main.js` with `env` (plus PORT); resolves once it listens. */
export async function startLedgerline(env: Record<string, string>): Promise<LedgerlineProcess> {
  const port = await freePort();
  const child = spawn(node, [builtMain], {
    cwd: rootDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_ACQUIRE_TIMEOUT_SECONDS: String(testAcquireTimeoutSeconds),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit(signal ?? code ?? -1)),
  );
  const listening = new Promise<void>((resolveListening, reject) => {
    const check = () => {
      if (output.includes('Ledgerline is listening')) resolveListening();
      else setTimeout(check, 50);
    };
    check();
    void exited.then((how) =>
      reject(new Error(`Ledgerline exited (${String(how)}) before listening:\n${output}`)),
    );
  });
  await listening;
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}
