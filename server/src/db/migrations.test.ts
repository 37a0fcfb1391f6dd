import 'reflect-metadata';
import { pino } from 'pino';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { openDatabase } from './database.js';

describe('committed migrations', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it('bring an empty database exactly to the schema the entities describe', async () => {
    const config = { database: { url: testDb.url, poolMax: 2, dataDir: '' } };
    const db = await openDatabase(config, pino({ level: 'silent' }));
    // Whatever is left is an entity change without a migration: write one (see db/tools).
    const leftover = (await db.orm.schema.getUpdateSchemaSQL())
      .replace(/set names 'utf8';/, '')
      .trim();
    expect(leftover).toBe('');
    await db.close();
  });
});
