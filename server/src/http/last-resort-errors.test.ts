import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { capturingLogger as captureLines } from '../test/log-capture.js';
import { holdPoolConnections } from '../test/pool.js';
import { startTestServer, type TestServer } from '../test/server.js';

/**
 * The app's last error handler (last-resort-errors.ts), through the real app: what a client is
 * told and what is logged when a route fails unexpectedly, and when the database cannot serve it.
 * The client errors (4xx) are in hostile-input.test.ts; the Stripe webhook route's own use of the
 * handler is in payments/webhooks/stripe-event-group-commit.test.ts.
 *
 * Both failures are real: a sign-in provider whose OpenID configuration answers 502 (a provider
 * outage), and a pool whose every connection is held by open transactions.
 */

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  err?: { message?: string; stack?: string };
}

const capturingLogger = () => captureLines<LogLine>();

/** Words the provider's failure carries, which must reach the log and never the client. */
const providerFailure = 'upstream gateway exploded near rack 7';

/**
 * A Microsoft sign-in provider in an outage: everything, its discovery document too, is a 502;
 * once closed, its port refuses connections.
 */
async function providerInOutage(): Promise<{ issuer: string; close(): Promise<void> }> {
  const http: Server = createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/plain' }).end(providerFailure);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    issuer: `http://127.0.0.1:${port}/tenant/v2.0`,
    close: () =>
      new Promise<void>((resolve) => {
        if (!http.listening) return resolve();
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

describe('the last error handler, through the app', () => {
  let server: TestServer;
  let provider: Awaited<ReturnType<typeof providerInOutage>>;
  const { log, lines } = capturingLogger();

  beforeAll(async () => {
    provider = await providerInOutage();
    server = await startTestServer({
      log,
      env: {
        MICROSOFT_CLIENT_ID: 'ledgerline-test',
        MICROSOFT_CLIENT_SECRET: 'ledgerline-test-secret',
        MICROSOFT_ISSUER: provider.issuer,
        // A small pool that a test can hold entirely, and a short wait for a connection.
        DATABASE_POOL_MAX: '1',
        DATABASE_ACQUIRE_TIMEOUT_SECONDS: '1',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  it('answers an unexpected failure 500 with the request id and nothing internal, and logs it as an error', async () => {
    lines.length = 0;
    const requestId = 'req-last-resort-500';
    const answer = await fetch(`${server.url}/auth/microsoft/start`, {
      headers: { 'x-request-id': requestId },
      redirect: 'manual',
    });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('x-request-id')).toBe(requestId);
    const text = await answer.text();
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Something went wrong on our side.',
        requestId,
      },
    });
    expect(text).not.toContain(providerFailure);
    expect(text).not.toContain('502');

    const failures = lines.filter((l) => l.msg === 'unhandled error');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ level: 50, reqId: requestId });
    expect(failures[0]!.err?.stack).toEqual(expect.any(String));
  });

  it("answers 500, not the database's 503, when a sign-in provider refuses connections", async () => {
    // The provider gone entirely: its discovery fails with ECONNREFUSED, the code pg also uses
    // for a database that is down. The client is told it is our failure, not that the database
    // is busy, and the log does not send an operator looking at PostgreSQL.
    await provider.close();
    lines.length = 0;
    const answer = await fetch(`${server.url}/auth/microsoft/start`, { redirect: 'manual' });
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ error: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines.map((l) => l.msg)).toContain('unhandled error');
    expect(lines.map((l) => l.msg)).not.toContain('database unavailable during a request');
  });

  it('answers a database outage 503 with Retry-After and logs it as a warning', async () => {
    lines.length = 0;
    // The pool's one connection held in an open transaction: the route cannot get one.
    const pool = await holdPoolConnections(server.db, 1);
    const requestId = 'req-last-resort-503';
    let answer: Response;
    try {
      // A session cookie: reading whose session it is needs the database.
      answer = await fetch(`${server.url}/invoices/inv_anything/pdf`, {
        headers: { 'x-request-id': requestId, cookie: 'll_session=some-session-token' },
      });
    } finally {
      await pool.release();
    }
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(await answer.json()).toEqual({
      error: {
        code: 'SERVICE_UNAVAILABLE',
        message:
          'The service is temporarily unavailable (its database is busy or unreachable). Please try again shortly.',
      },
    });
    expect(lines.filter((l) => l.msg === 'database unavailable during a request')).toEqual([
      expect.objectContaining({ level: 40, reqId: requestId }),
    ]);
    expect(lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);

    // With the connections back, the same request is answered by the route again.
    const again = await fetch(`${server.url}/invoices/inv_anything/pdf`, {
      headers: { cookie: 'll_session=some-session-token' },
    });
    expect(again.status).toBe(401);
  }, 30_000);
});
