import pg from 'pg';
import { CookieClient } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { authStatement } from './auth-state.js';

/**
 * The auth epoch's triggers (migration 20261206160000): every transaction that changes a table
 * the auth statement reads moves the epoch, once, at commit — whatever code path wrote it — and
 * the once-a-minute "last seen" write does not. The auth cache is only as right as this.
 */

let server: TestServer;
let db: pg.Client;

beforeAll(async () => {
  server = await startTestServer();
  await new CookieClient(server.url).signInWithDevProvider('epoch@example.com', 'Epoch');
  db = new pg.Client({ connectionString: server.config.database.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await server?.close();
});

async function epoch(): Promise<bigint> {
  const { rows } = await db.query<{ n: string }>('select n from auth_epoch where id = 1');
  return BigInt(rows[0]!.n);
}

/** How far the epoch moved while `statements` ran (in one transaction when there are several). */
async function movedBy(...statements: string[]): Promise<bigint> {
  const before = await epoch();
  if (statements.length === 1) {
    await db.query(statements[0]!);
  } else {
    await db.query('begin');
    for (const sql of statements) await db.query(sql);
    await db.query('commit');
  }
  return (await epoch()) - before;
}

test('every table the auth statement reads carries the triggers', async () => {
  const sql = authStatement(server.db.orm.em.fork());
  const tables = new Set(
    [...sql.matchAll(/\b(?:from|join)\s+"?(\w+)"?/g)]
      .map((m) => m[1]!)
      .filter((t) => t !== 'auth_epoch'),
  );
  expect([...tables].sort()).toEqual([
    'account',
    'account_two_factor_policy',
    'app_user',
    'membership',
    'operator_grant',
    'plan',
    'session',
    'two_factor',
  ]);
  const { rows } = await db.query<{ table: string; events: string[] }>(
    `select c.relname as table, array_agg(t.tgname::text order by t.tgname) as events
       from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgname like '%auth_epoch%' and not t.tgisinternal and t.tgenabled = 'O'
      group by c.relname`,
  );
  const triggered = new Map(rows.map((r) => [r.table, r.events]));
  for (const table of tables) {
    expect(triggered.get(table)).toEqual(
      table === 'session'
        ? ['session_auth_epoch_delete', 'session_auth_epoch_truncate', 'session_auth_epoch_update']
        : [`${table}_auth_epoch`, `${table}_auth_epoch_truncate`],
    );
  }
});

test('a committed change moves the epoch once, whatever it touched; a rolled-back one does not', async () => {
  expect(await movedBy(`update plan set name = name`)).toBe(1n);
  expect(
    await movedBy(
      `update app_user set name = name`,
      `update account set name = name`,
      `update membership set role = role`,
    ),
  ).toBe(1n);
  expect(
    await movedBy(`insert into operator_grant (email, granted_at) values ('x@y.example', now())`),
  ).toBe(1n);
  expect(await movedBy(`delete from operator_grant where email = 'x@y.example'`)).toBe(1n);
  expect(await movedBy(`delete from operator_grant where email = 'nobody@y.example'`)).toBe(0n);

  const before = await epoch();
  await db.query('begin');
  await db.query('update account set name = name');
  await db.query('rollback');
  expect(await epoch()).toBe(before);

  expect(await movedBy('truncate operator_grant')).toBe(1n);
});

test('sessions: the last-seen write does not move it; revoking, any other change and deleting do', async () => {
  const { rows } = await db.query<{ id: string }>('select id from session limit 1');
  const id = rows[0]!.id;
  const one = (sql: string) => movedBy(sql.replace('$id', `'${id}'`));
  expect(await one(`update session set last_seen_at = now() where id = $id`)).toBe(0n);
  expect(await one(`update session set user_agent = 'other' where id = $id`)).toBe(1n);
  expect(await one(`update session set revoked_at = now() where id = $id`)).toBe(1n);
  expect(await one(`delete from session where id = $id`)).toBe(1n);
});
