import 'reflect-metadata';
import { connect } from 'node:net';
import { capturingLogger as captureLines } from '../../../test/log-capture.js';
import { holdPoolConnections } from '../../../test/pool.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { StripeEvent } from './stripe-event.entity.js';
import { defaultGroupCommitOptions, StripeEventGroupCommit } from './stripe-event-group-commit.js';
import { storeStripeEvents, type StripeEventToStore } from './stripe-events.service.js';
import { verifyStripeEvent } from './stripe-signature.js';
import { deliver, signedDelivery, stripeEventOf } from './stripe-webhook.fixture.js';

/**
 * Group commit of the webhook route (deliveries arriving together share one insert), against a
 * real database: through the app, and with the batching class driven directly so that a batch's
 * content is known (every `store` call made in one turn of the event loop is one batch).
 */
const secret = 'whsec_group_commit_test';
const stripeEnv = {
  STRIPE_SECRET_KEY: 'sk_test_group_commit',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_group_commit',
  STRIPE_WEBHOOK_SECRET: secret,
};

interface LogLine {
  level: number;
  msg: string;
  reason?: string;
  status?: number;
}

const capturingLogger = () => captureLines<LogLine>();

/** A verified event, as the route hands it to the store. */
function verified(id: string, object: Record<string, unknown> = {}) {
  const body = JSON.stringify(
    stripeEventOf('charge.refunded', { id: `ch_${id}`, object: 'charge', ...object }, { id }),
  );
  const { signature } = signedDelivery(body, secret);
  return verifyStripeEvent(Buffer.from(body), signature, secret);
}

describe('Stripe webhook group commit', () => {
  let server: TestServer;
  const { log, lines } = capturingLogger();

  beforeAll(async () => {
    server = await startTestServer({ env: stripeEnv, log });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  const em = () => server.db.orm.em.fork();
  const count = (ids: string[]) => em().count(StripeEvent, { id: { $in: ids } });

  /** The store the route uses, counting its statements. */
  function groupCommit() {
    const batches: string[][] = [];
    const store = new StripeEventGroupCommit(async (events: readonly StripeEventToStore[]) => {
      batches.push(events.map((e) => e.event.id));
      return storeStripeEvents(server.db.orm.em, events, server.clock.now());
    });
    return { store, batches };
  }

  it('stores deliveries made together in one statement, each event once, the first of an id as new', async () => {
    const { store, batches } = groupCommit();
    const [a, b, c] = ['evt_gc_a', 'evt_gc_b', 'evt_gc_c'].map((id) => verified(id));
    const answers = await Promise.all(
      [a, b, a, c, b, a].map((event) => store.store(event!, false)),
    );
    expect(answers).toEqual([true, true, false, true, false, false]);
    expect(batches).toEqual([['evt_gc_a', 'evt_gc_b', 'evt_gc_c']]);
    expect(await count(['evt_gc_a', 'evt_gc_b', 'evt_gc_c'])).toBe(3);
    const stored = await em().findOneOrFail(StripeEvent, { id: 'evt_gc_a' });
    expect([stored.status, stored.attempts, stored.type]).toEqual([
      'pending',
      0,
      'charge.refunded',
    ]);

    // A later batch: the stored ones are redeliveries, a new one is new.
    const d = verified('evt_gc_d');
    expect(await Promise.all([store.store(b!, false), store.store(d, false)])).toEqual([
      false,
      true,
    ]);
    expect(batches).toHaveLength(2);
  });

  it('while a batch is being stored, the next deliveries wait and go together in the next one', async () => {
    const { store, batches } = groupCommit();
    const ids = Array.from({ length: 12 }, (_, i) => `evt_gc_wave_${i}`);
    const answers: Promise<boolean>[] = [];
    // Six at once (a batch), then six more, one per turn, while the first batches are in flight.
    for (const id of ids.slice(0, 6)) answers.push(store.store(verified(id), false));
    for (const id of ids.slice(6)) {
      await new Promise((resolve) => setImmediate(resolve));
      answers.push(store.store(verified(id), false));
    }
    expect(await Promise.all(answers)).toEqual(ids.map(() => true));
    expect(batches.flat().sort()).toEqual([...ids].sort());
    expect(batches[0]).toEqual(ids.slice(0, 6));
    expect(batches.length).toBeLessThan(ids.length);
    expect(await count(ids)).toBe(12);
  });

  it('an event the database refuses fails only its own deliveries; the rest of its batch is stored', async () => {
    const { store, batches } = groupCommit();
    // Valid JSON that PostgreSQL's jsonb refuses (\u0000 in a string): a real failed statement.
    const poison = verified('evt_gc_poison', { description: 'nul \u0000 here' });
    const good = ['evt_gc_beside_1', 'evt_gc_beside_2'].map((id) => verified(id));
    const settled = await Promise.allSettled([
      store.store(good[0]!, false),
      store.store(poison, false),
      store.store(poison, false),
      store.store(good[1]!, false),
    ]);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(settled.filter((s) => s.status === 'fulfilled').map((s) => s.value)).toEqual([
      true,
      true,
    ]);
    // The batch, then each event alone.
    expect(batches[0]).toEqual(['evt_gc_beside_1', 'evt_gc_poison', 'evt_gc_beside_2']);
    expect(batches.slice(1).sort()).toEqual([
      ['evt_gc_beside_1'],
      ['evt_gc_beside_2'],
      ['evt_gc_poison'],
    ]);
    expect(await count(['evt_gc_beside_1', 'evt_gc_beside_2'])).toBe(2);
    expect(await count(['evt_gc_poison'])).toBe(0);
  });

  it('a batch the database cannot take is refused whole: every delivery in it fails, nothing is stored', async () => {
    const batches: string[][] = [];
    const unavailable = Object.assign(new Error('the pool has no free connection'), {
      code: 'DATABASE_UNAVAILABLE',
    });
    // The database outage itself is played by the store function here (the route's own test of
    // an outage, below, uses a really starved pool); what is checked is that nothing is split.
    const store = new StripeEventGroupCommit(async (events: readonly StripeEventToStore[]) => {
      batches.push(events.map((e) => e.event.id));
      throw unavailable;
    }, defaultGroupCommitOptions);
    const settled = await Promise.allSettled(
      ['evt_gc_down_1', 'evt_gc_down_2', 'evt_gc_down_1'].map((id) =>
        store.store(verified(id), false),
      ),
    );
    expect(settled.map((s) => (s.status === 'rejected' ? s.reason : s.value))).toEqual([
      unavailable,
      unavailable,
      unavailable,
    ]);
    expect(batches).toEqual([['evt_gc_down_1', 'evt_gc_down_2']]);
  });

  it('concurrent deliveries through the route, each event twice: all 200, each stored once, once answered as new', async () => {
    const events = Array.from({ length: 24 }, (_, i) =>
      stripeEventOf('charge.refunded', { id: `ch_route_${i}`, object: 'charge' }),
    );
    const deliveries = [...events, ...events].map((event) =>
      signedDelivery(JSON.stringify(event), secret),
    );
    const answers = await Promise.all(deliveries.map((d) => deliver(server.url, d)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const ids = events.map((e) => e.id as string);
    for (const id of ids) {
      const mine = answers.filter((_, i) => events[i % events.length]!.id === id);
      expect(mine.map((a) => a.body.duplicate).sort()).toEqual([false, true]);
    }
    expect(await count(ids)).toBe(24);
  });

  it('the route answers 500 for an event the database refuses and logs it; others are stored', async () => {
    const poison = stripeEventOf('charge.refunded', {
      id: 'ch_route_poison',
      object: 'charge',
      description: 'nul \u0000 here',
    });
    const good = stripeEventOf('charge.refunded', { id: 'ch_route_good', object: 'charge' });
    const [bad, fine] = await Promise.all(
      [poison, good].map((e) => deliver(server.url, signedDelivery(JSON.stringify(e), secret))),
    );
    expect(bad!.status).toBe(500);
    expect(bad!.body).toEqual({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' },
    });
    expect(fine).toEqual({ status: 200, body: { received: true, duplicate: false } });
    expect(await count([poison.id as string])).toBe(0);
    expect(await count([good.id as string])).toBe(1);
    expect(lines.some((l) => l.level === 50 && l.msg === 'Stripe webhook failed')).toBe(true);
  });

  it('refusals are answered and logged as warnings by the route itself (it runs before the request logger)', async () => {
    lines.length = 0;
    const unsigned = await deliver(server.url, {
      body: JSON.stringify(stripeEventOf('charge.refunded', { id: 'ch_x', object: 'charge' })),
    });
    expect(unsigned.status).toBe(400);
    const big = signedDelivery(
      JSON.stringify(
        stripeEventOf(
          'charge.refunded',
          { id: 'ch_big', object: 'charge', description: 'x'.repeat(1024 * 1024) },
          { id: 'evt_big' },
        ),
      ),
      secret,
    );
    // Sent chunked (no declared length): the body parser finds it too large while reading.
    const tooBig = await fetch(`${server.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': big.signature },
      body: new Blob([big.body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
    });
    expect(await count(['evt_big'])).toBe(0);
    const warnings = lines.filter((l) => l.level === 40 && l.msg === 'Stripe webhook refused');
    expect(warnings.map((l) => l.reason ?? l.status)).toEqual(['no Stripe-Signature header', 413]);
  });

  it('a declared Content-Length over the limit, body never sent: 413 at once, connection closed', async () => {
    const { hostname, port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.on('error', reject);
      socket.on('close', () => resolve(received));
      socket.write(
        'POST /webhooks/stripe HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          'Stripe-Signature: t=1,v1=00\r\nContent-Length: 999999999\r\n\r\n',
      );
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('PAYLOAD_TOO_LARGE');
  });
});

describe('Stripe webhook route with its database unavailable', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      env: { ...stripeEnv, DATABASE_POOL_MAX: '1', DATABASE_ACQUIRE_TIMEOUT_SECONDS: '1' },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('answers every delivery 503 (Stripe redelivers) and stores nothing; once it is back, 200', async () => {
    // The pool's one connection held in an open transaction: the route cannot get one.
    const pool = await holdPoolConnections(server.db, 1);
    const events = Array.from({ length: 6 }, (_, i) =>
      stripeEventOf('charge.refunded', { id: `ch_down_${i}`, object: 'charge' }),
    );
    const deliveries = events.map((e) => signedDelivery(JSON.stringify(e), secret));
    const answers = await Promise.all(deliveries.map((d) => deliver(server.url, d)));
    await pool.release();
    expect(
      answers.map((a) => [a.status, a.body.error && (a.body.error as { code: string }).code]),
    ).toEqual(events.map(() => [503, 'SERVICE_UNAVAILABLE']));
    const ids = events.map((e) => e.id as string);
    expect(await server.db.orm.em.fork().count(StripeEvent, { id: { $in: ids } })).toBe(0);

    const again = await Promise.all(deliveries.map((d) => deliver(server.url, d)));
    expect(again.map((a) => a.status)).toEqual(events.map(() => 200));
    expect(await server.db.orm.em.fork().count(StripeEvent, { id: { $in: ids } })).toBe(6);
  }, 30_000);
});
