import { AuthCache } from './auth-cache.js';

/**
 * The cache on its own. The epoch reads are functions the test controls (resolved when the test
 * says so) standing in for `select n from auth_epoch`: the order of reads and calls is the point
 * here. The real thing, with PostgreSQL and two processes, is auth-across-processes.test.ts.
 */

/** An epoch source whose reads the test answers one by one. */
function controlledEpoch() {
  const pending: { resolve: (n: bigint) => void; reject: (e: Error) => void }[] = [];
  return {
    pending,
    read: () =>
      new Promise<bigint>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
    /** Answers the oldest unanswered read. */
    answer(n: bigint) {
      pending.shift()!.resolve(n);
    },
    /** Fails the oldest unanswered read. */
    fail(error: Error) {
      pending.shift()!.reject(error);
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const row = () => ({ s__id: 'h', s__last_seen_at: new Date(1000), m__grants: ['A'], u__name: 'x' });

/** A cache over a controlled epoch source, holding `row()` under each key, stored at epoch 7. */
function cacheHolding(...keys: string[]) {
  const epoch = controlledEpoch();
  const cache = new AuthCache({ readEpoch: epoch.read });
  for (const key of keys) cache.set(key, row(), 7n);
  return { epoch, cache };
}

/**
 * Asks for a row and lets the call go as far as its epoch read, which the test then answers; the
 * call's answer is `hit` (wrapped: an async function would wait for a returned promise).
 */
async function getUntilEpochRead(cache: AuthCache, key: string) {
  const hit = cache.get(key);
  await settle();
  return { hit };
}

describe('AuthCache', () => {
  it('gives back a copy of a row only after a fresh read of the epoch finds it unchanged', async () => {
    const { epoch, cache } = cacheHolding();
    expect(await cache.get('h')).toBeUndefined();
    expect(epoch.pending).toHaveLength(0); // nothing cached: no epoch read

    const original = row();
    cache.set('h', original, 7n);
    original.m__grants.push('B'); // the caller's row is not the cached one
    const { hit } = await getUntilEpochRead(cache, 'h');
    expect(epoch.pending).toHaveLength(1);
    epoch.answer(7n);
    const got = (await hit)!;
    expect(got).toEqual(row());
    (got.s__last_seen_at as Date).setTime(0);
    (got.m__grants as string[]).push('C');

    const { hit: again } = await getUntilEpochRead(cache, 'h');
    epoch.answer(7n);
    expect(await again).toEqual(row());
  });

  it('drops a row once the epoch moved, and every row of an older epoch with it', async () => {
    const { epoch, cache } = cacheHolding('h', 'i');
    const { hit } = await getUntilEpochRead(cache, 'h');
    epoch.answer(8n);
    expect(await hit).toBeUndefined();
    expect(cache.size).toBe(0);
    // A row read before the newest epoch seen is not kept.
    cache.set('j', row(), 7n);
    expect(cache.size).toBe(0);
    cache.set('j', row(), 8n);
    expect(cache.size).toBe(1);
  });

  it('never answers from an epoch read sent before the call: later calls share the next read', async () => {
    const { epoch, cache } = cacheHolding('h');
    const { hit: first } = await getUntilEpochRead(cache, 'h');
    expect(cache.epochReads).toBe(1);
    // Three requests begin while the first read is in flight; it answers 7, which it read before
    // they began, so they wait for the next read (one for the three), which answers 8.
    const later = [cache.get('h'), cache.get('h'), cache.get('h')];
    await settle();
    epoch.answer(7n);
    expect(await first).toEqual(row());
    await settle();
    expect(cache.epochReads).toBe(2);
    expect(epoch.pending).toHaveLength(1);
    epoch.answer(8n);
    expect(await Promise.all(later)).toEqual([undefined, undefined, undefined]);
  });

  it('uses the row a concurrent request stored meanwhile, when it was read at the epoch just read', async () => {
    const { epoch, cache } = cacheHolding('h');
    const { hit } = await getUntilEpochRead(cache, 'h');
    // Another request read the row afresh and stored it while this one waited for the epoch.
    cache.set('h', { ...row(), u__name: 'newer' }, 7n);
    epoch.answer(7n);
    expect(await hit).toMatchObject({ u__name: 'newer' });
    expect(cache.epochReads).toBe(1);
  });

  it('never uses a row read at another epoch than its own epoch read returned, even a newer one', async () => {
    const { epoch, cache } = cacheHolding('h');
    const { hit } = await getUntilEpochRead(cache, 'h');
    // Meanwhile the member was given a grant (epoch 8) and another request read and stored the
    // row at 8. This request's epoch read was sent before that commit and answers 7: all it knows
    // of the database is epoch 7, which the row was not read at. (The same happens when the
    // database goes back, restored or failed over to a replica behind: a row read at 8 may hold
    // changes the database no longer has.) It reads its row itself.
    cache.set('h', { ...row(), m__grants: ['A', 'B'] }, 8n);
    epoch.answer(7n);
    expect(await hit).toBeUndefined();

    // The row stays, and serves the next request whose epoch read finds 8.
    const { hit: next } = await getUntilEpochRead(cache, 'h');
    epoch.answer(8n);
    expect(await next).toMatchObject({ m__grants: ['A', 'B'] });
  });

  it('forgets everything when the epoch cannot be read (the caller then reads its row itself)', async () => {
    const { epoch, cache } = cacheHolding('h', 'i');
    const { hit } = await getUntilEpochRead(cache, 'h');
    epoch.fail(new Error('connection terminated'));
    expect(await hit).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps a row for ttlMs at most, and at most maxEntries rows (the oldest go first)', async () => {
    let now = 0;
    const cache = new AuthCache({
      readEpoch: () => Promise.resolve(1n),
      now: () => now,
      ttlMs: 1000,
      maxEntries: 2,
    });
    cache.set('a', row(), 1n);
    now = 999;
    expect(await cache.get('a')).toBeDefined();
    now = 1000;
    expect(await cache.get('a')).toBeUndefined();

    cache.set('a', row(), 1n);
    cache.set('b', row(), 1n);
    cache.set('c', row(), 1n);
    expect(cache.size).toBe(2);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('c')).toBeDefined();
  });

  it("updates a column that changes without moving the epoch (the session's last-seen time)", async () => {
    const cache = new AuthCache({ readEpoch: () => Promise.resolve(1n) });
    cache.set('h', row(), 1n);
    cache.update('h', 's__last_seen_at', new Date(5000));
    expect((await cache.get('h'))!.s__last_seen_at).toEqual(new Date(5000));
    cache.update('nobody', 's__last_seen_at', new Date(5000));
    expect(cache.size).toBe(1);
  });
});
