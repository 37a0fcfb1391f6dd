import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from '../db/embedded.js';

export interface TestDatabase {
  url: string;
  kind: 'postgresql' | 'pglite';
  drop(): Promise<void>;
}

/**
 * An isolated, empty database for one test file: a fresh database on the PostgreSQL server at
 * TEST_DATABASE_URL (CI points it at 127.0.0.1:5432) or, when unset, an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    const embedded = await startEmbeddedDatabase(undefined);
    return { url: embedded.url, kind: 'pglite', drop: () => embedded.stop() };
  }
  const name = `ledgerline_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgresql',
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * How long a test's request may wait for a pooled connection. Tests run bursts of concurrent
 * transactions through small pools on a busy machine, so they wait far longer than production's
 * fail-fast default (DATABASE_ACQUIRE_TIMEOUT_SECONDS); the acquire timeout's own tests
 * (src/db/connection-faults.test.ts) set a short one.
 */
export const testAcquireTimeoutSeconds = 60;
