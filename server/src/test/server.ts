import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { systemClock, type Clock } from '../clock.js';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createApp } from '../http/app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestServer {
  url: string;
  config: Config;
  db: Database;
  close(): Promise<void>;
}

/**
 * The real app (Express + Apollo + development OIDC provider) on a free local port, over an
 * isolated test database. `env` overrides configuration as the environment would.
 */
export async function startTestServer(
  options: { env?: Record<string, string>; clock?: Clock; database?: TestDatabase } = {},
): Promise<TestServer> {
  const testDb = options.database ?? (await createTestDatabase());
  const httpServer: Server = createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: testDb.url,
    DATABASE_POOL_MAX: '4',
    ...options.env,
  });
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const db = await openDatabase(config, log);
  const { app, apollo } = await createApp({
    config,
    orm: db.orm,
    clock: options.clock ?? systemClock,
    log,
  });
  httpServer.on('request', app);
  return {
    url: `http://localhost:${port}`,
    config,
    db,
    async close() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await apollo.stop();
      await db.close();
      if (options.database === undefined) await testDb.drop();
    },
  };
}
