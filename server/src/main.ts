import 'reflect-metadata';
import { createServer } from 'node:http';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { DataDirInUseError } from './db/embedded.js';
import { createApp } from './http/app.js';
import { createLogger } from './logging.js';

/** Process entry: read config, open the database, start HTTP, stop gracefully on SIGTERM. */
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const log = createLogger(config.logLevel);
let database: Database;
try {
  database = await openDatabase(config, log);
} catch (error) {
  if (error instanceof DataDirInUseError) {
    log.fatal(error.message);
    process.stderr.write(`${error.message}\n`);
    process.exit(75); // EX_TEMPFAIL
  }
  log.fatal({ err: error }, 'could not open the database');
  process.exit(1);
}

let shuttingDown = false;
const httpServer = createServer();
const { app, apollo } = await createApp({
  config,
  orm: database.orm,
  clock: systemClock,
  log,
  isShuttingDown: () => shuttingDown,
});
httpServer.on('request', app);
httpServer.listen(config.port, config.host, () => {
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  log.info(
    { port, publicUrl: config.publicUrl.toString() },
    `Ledgerline is listening on port ${port}`,
  );
});

async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ signal }, 'shutting down: finishing in-flight requests');
  const timer = setTimeout(() => {
    log.error('shutdown took longer than 20 s; exiting');
    process.exit(1);
  }, 20_000);
  timer.unref();
  try {
    // Stop accepting connections, close idle keep-alive ones, let in-flight requests finish
    // (for at most 10 s), then stop Apollo and the database.
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    const grace = setTimeout(() => httpServer.closeAllConnections(), 10_000);
    await closed;
    clearTimeout(grace);
    log.debug('http server closed');
    await apollo.stop();
    log.debug('apollo stopped');
    await database.close();
    log.info('stopped');
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
