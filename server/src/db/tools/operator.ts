import 'reflect-metadata';
import { systemClock } from '../../clock.js';
import { ConfigError, loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { createLogger } from '../../logging.js';
import { grantOperator, listOperators, revokeOperator } from '../../modules/operators/index.js';
import { openDatabase } from '../database.js';

/**
 * `npm run operator -- grant <email> [note…]`, `revoke <email>`, `list`: who the vendor's
 * operators are, kept in the database beside OPERATOR_EMAILS (docs/OPERATIONS.md "Operators").
 * Grants and revocations are audited (`operator.grant`, `operator.revoke`) and take effect at the
 * person's next request. Exit codes: 0 done (or nothing to change), 1 refused, 64 bad usage.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);
const usage = 'usage: npm run operator -- grant <email> [note…] | revoke <email> | list';

const [command, email, ...noteWords] = process.argv.slice(2);
if (
  (command !== 'grant' && command !== 'revoke' && command !== 'list') ||
  (command !== 'list' && email === undefined)
) {
  process.stderr.write(`${usage}\n`);
  process.exit(64);
}

try {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // The server's schema is the one to work on: no migrations from here.
  const db = await openDatabase(config, log, { migrate: false });
  try {
    const em = db.orm.em.fork();
    const now = systemClock.now();
    if (command === 'list') {
      const operators = await listOperators(em, config);
      if (operators.length === 0) say('No operators: set OPERATOR_EMAILS or grant one.');
      for (const o of operators) {
        const how =
          o.source === 'config'
            ? 'OPERATOR_EMAILS'
            : `granted ${o.grantedAt?.toISOString() ?? ''}${o.note ? ` (${o.note})` : ''}`;
        say(`${o.email}\t${how}`);
      }
    } else if (command === 'grant') {
      const note = noteWords.join(' ');
      const outcome = await grantOperator(em, email!, now, { note });
      say(
        outcome.changed
          ? `${outcome.email} is an operator now (from their next request).`
          : `${outcome.email} was already granted; nothing changed.`,
      );
      if (!config.operatorEmails.has(outcome.email) && config.operatorRequireTwoFactor) {
        say('OPERATOR_REQUIRE_TWO_FACTOR=1: they act as an operator once two-factor is on.');
      }
    } else {
      const outcome = await revokeOperator(em, email!, now, config);
      say(
        outcome.changed
          ? `${outcome.email} is no longer an operator (from their next request).`
          : `${outcome.email} held no grant; nothing changed.`,
      );
    }
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  if (error instanceof AppError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
