import { migrate, openOrm } from '../orm.js';

/**
 * Prints the DDL the entities describe (for an empty database), or with --update the DDL that
 * would bring a database at the committed migrations up to the entities: the body of the next
 * migration. Used to write migrations; the migrations test checks nothing is left over.
 */
const url = process.argv[2];
if (!url) throw new Error('usage: print-schema-sql <postgres-url> [--update]');
const orm = await openOrm({ clientUrl: url, poolMax: 1 });
if (process.argv.includes('--update')) await migrate(orm);
const sql = process.argv.includes('--update')
  ? await orm.schema.getUpdateSchemaSQL()
  : await orm.schema.getCreateSchemaSQL();
process.stdout.write(sql + '\n');
await orm.close();
