import { createServer } from 'node:net';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import {
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  isError,
  PoolHealth,
} from './pool-health.js';

/**
 * What `pool.connect()` throws when PostgreSQL is down. A real pg pool, pointed at a local port
 * that nobody listens on (a PostgreSQL restart refuses connections the same way). Node creates the
 * ECONNREFUSED error itself; under Jest, whose tests run in a `vm` context, that makes it an error
 * of another realm, for which `instanceof Error` is false — which once let it escape unclassified
 * and be answered as `200 {"updateAccount":{"name":"Error"}}` (graphql/permissions.ts).
 */
describe('PoolHealth and isDatabaseUnavailable', () => {
  /** A local port that refuses connections: bound once to learn a free one, then closed. */
  const closedPort = async (): Promise<number> => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  };

  it('turns a refused connection into a DatabaseUnavailableError of this realm', async () => {
    const port = await closedPort();
    const refused = new pg.Pool({ host: '127.0.0.1', port, user: 'postgres', database: 'x' });
    const raw = await refused.connect().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((raw as { code?: string }).code).toBe('ECONNREFUSED');
    expect(isError(raw)).toBe(true);
    expect(isDatabaseUnavailable(raw)).toBe(true);

    const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'postgres', database: 'x' });
    new PoolHealth({ poolMax: 1, acquireTimeoutMs: 2_000, starvedLimitMs: 30_000 }).attach(pool);
    const classified = await pool.connect().then(
      () => undefined,
      (error: unknown) => error,
    );
    // `instanceof Error` here is what graphql-js, Apollo and graphql-shield check.
    expect(classified).toBeInstanceOf(DatabaseUnavailableError);
    expect(classified).toMatchObject({ reason: 'unreachable', cause: raw });
    expect(isDatabaseUnavailable(classified)).toBe(true);
    await Promise.all([refused.end(), pool.end()]);
  });

  it('never takes a failed outbound fetch for the database, whatever socket code it carries', async () => {
    const port = await closedPort();
    const failed = await fetch(`http://127.0.0.1:${port}/`).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((failed as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(failed)).toBe(false);
    expect(isDatabaseUnavailable(new Error('discovery failed', { cause: failed }))).toBe(false);
  });

  it('classifies errors from another realm by their code and message, never anything else', () => {
    const foreign = (source: string): unknown => runInNewContext(source);
    expect(foreign('new Error("x")') instanceof Error).toBe(false);
    expect(
      isDatabaseUnavailable(foreign('Object.assign(new Error("read"), { code: "ECONNRESET" })')),
    ).toBe(true);
    expect(isDatabaseUnavailable(foreign('new Error("Connection terminated unexpectedly")'))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(
        new Error('wrapped', {
          cause: foreign('Object.assign(new Error("x"), { code: "57P01" })'),
        }),
      ),
    ).toBe(true);
    // Not outages: a bad query, a plain bug, and things that only look like errors.
    expect(
      isDatabaseUnavailable(foreign('Object.assign(new Error("syntax"), { code: "42601" })')),
    ).toBe(false);
    expect(isDatabaseUnavailable(foreign('new TypeError("x is undefined")'))).toBe(false);
    expect(isDatabaseUnavailable({ code: 'ECONNREFUSED', message: 'a plain object' })).toBe(false);
    expect(isDatabaseUnavailable('Connection terminated')).toBe(false);
  });
});
