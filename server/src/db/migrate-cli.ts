import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logging.js';
import { openDatabase } from './database.js';

/** `npm run migrate`: applies committed migrations (and seeds missing plans), then exits. */
try {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);
  await db.close();
  log.info('database is up to date');
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
