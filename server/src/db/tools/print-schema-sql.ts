import { openOrm } from '../orm.js';

/** Prints the DDL the entities describe; used to write and check migrations by hand. */
const url = process.argv[2];
if (!url) throw new Error('usage: print-schema-sql <postgres-url> [--update]');
const orm = await openOrm({ clientUrl: url, poolMax: 1 });
const sql = process.argv.includes('--update')
  ? await orm.schema.getUpdateSchemaSQL()
  : await orm.schema.getCreateSchemaSQL();
process.stdout.write(sql + '\n');
await orm.close();
