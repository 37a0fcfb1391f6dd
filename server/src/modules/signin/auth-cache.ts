/**
 * The per-process cache of auth rows: what the one joined auth statement (auth-state.ts) returned
 * for a session token's hash, kept as a plain row and turned into fresh entities of each request's
 * EntityManager (no managed entity is shared between requests).
 *
 * ## When a cached row may be used: the auth epoch
 *
 * Several processes share one database, and whatever one of them changes about who may do what
 * must hold on the very next request to any of them — a request that starts after the change's
 * commit returned. Database triggers bump one counter, `auth_epoch.n`, in every transaction that
 * changes a table the auth statement reads, and the bump commits atomically with the change
 * (migration `Migration20261206160000_auth_epoch`). The auth statement reads `n` in the same
 * snapshot as the row, and the row is cached with it. A cached row is used only after a read of
 * `n` that was *sent after the request began* returns the same value: that read's snapshot holds
 * every commit that returned before the request began, so an equal `n` means none of them touched
 * anything the row was built from. So a revoked session, a removed member, a changed role, a
 * suspension or an operator revoke hold on every process's next request, with nothing to deliver
 * and nothing that can be missed or arrive late.
 *
 * Why not LISTEN/NOTIFY alone: a notification reaches the other processes after the writer's
 * commit, asynchronously, so a request starting on another process just after the commit returned
 * could still be answered from a stale entry; closing that gap needs a round trip to the database
 * at the start of the request anyway. The epoch read is that round trip, and it is also the
 * validity check, so there is no listening connection whose loss must be detected (a failed
 * epoch read just means the request reads its row fresh, as without the cache).
 *
 * ## What the warm path costs
 *
 * The epoch read is `select n from auth_epoch where id = 1`: one row, one column, no join. Reads
 * are shared: while one is in flight, every request that begins waits for the *next* one (sent
 * when the current one returns), so under concurrency many requests share one statement, and at
 * most one read is in flight at a time. A lone request pays one tiny statement; a request with no
 * cached row (or a changed `n`) runs the auth statement, which also brings the new `n`.
 *
 * ## Time
 *
 * Entries live at most `ttlMs` (housekeeping; the epoch, not the TTL, is what keeps them right)
 * and at most `maxEntries` of them are kept. Session expiry, the idle timeout and the second
 * factor's deadline are judged on every request from the row and the injectable clock, exactly as
 * without the cache; the only column that changes without bumping the epoch is the session's
 * `last_seen_at` (the once-a-minute "last seen" write), and an older value there can only make a
 * session look idle sooner: the caller re-reads fresh whenever a cached row says "not live". (It
 * can also make a process write the last-seen time again within a minute of another process's
 * write: at most once a minute per process, where without the cache it was once a minute in all.)
 */

/** A cached auth row, with the epoch it was read at. */
interface Entry {
  row: Readonly<Record<string, unknown>>;
  epoch: bigint;
  storedAt: number;
}

export interface AuthCacheOptions {
  /** Reads `auth_epoch.n` with a statement sent after the call (never a cached answer). */
  readEpoch: () => Promise<bigint>;
  /** Monotonic milliseconds, for the entries' lifetime. */
  now?: () => number;
  ttlMs?: number;
  maxEntries?: number;
}

/** Values a caller may change without reaching into the cache: dates and JSON are copied. */
function copyRow(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in row) {
    const value = row[key];
    copy[key] =
      value instanceof Date
        ? new Date(value.getTime())
        : typeof value === 'object' && value !== null
          ? structuredClone(value)
          : value;
  }
  return copy;
}

export class AuthCache {
  readonly #entries = new Map<string, Entry>();
  readonly #readEpoch: () => Promise<bigint>;
  readonly #now: () => number;
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  /** The newest epoch seen: entries of an older one can never be used again. */
  #latest = -1n;
  #inFlight: Promise<bigint> | null = null;
  #next: Promise<bigint> | null = null;
  /** Epoch statements sent (for tests and the benchmark's curiosity). */
  epochReads = 0;

  constructor(options: AuthCacheOptions) {
    this.#readEpoch = options.readEpoch;
    this.#now = options.now ?? (() => performance.now());
    this.#ttlMs = options.ttlMs ?? 30_000;
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The row cached under `key`, as a copy, if the database's epoch is still the one it was read
   * at — checked by a read sent after this call. Undefined when there is no live entry, the
   * epoch moved on, or the epoch could not be read (then the caller reads fresh).
   */
  async get(key: string): Promise<Record<string, unknown> | undefined> {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#now() - entry.storedAt >= this.#ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    let epoch: bigint;
    try {
      epoch = await this.currentEpoch();
    } catch {
      // Not known to be valid: forget everything; the caller's own read reports the failure.
      this.clear();
      return undefined;
    }
    this.#saw(epoch);
    // Whatever row is cached under the key now (a concurrent request may have stored a newer
    // one meanwhile): usable when it was read at the epoch just read.
    const current = this.#entries.get(key);
    if (current === undefined || current.epoch !== epoch) return undefined;
    return copyRow(current.row);
  }

  /** Remembers a row read with the auth statement at `epoch` (read in the same snapshot). */
  set(key: string, row: Readonly<Record<string, unknown>>, epoch: bigint): void {
    this.#saw(epoch);
    if (epoch < this.#latest) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { row: copyRow(row), epoch, storedAt: this.#now() });
  }

  /**
   * Changes one column of a cached row that changes without bumping the epoch (the session's
   * last-seen time, after this process wrote it).
   */
  update(key: string, column: string, value: unknown): void {
    const entry = this.#entries.get(key);
    if (entry !== undefined) entry.row = { ...entry.row, [column]: value };
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  /**
   * The current epoch, from a statement sent after this call. One read is in flight at a time: a
   * call made while one is in flight waits for the next, which all such calls share.
   */
  currentEpoch(): Promise<bigint> {
    if (this.#inFlight === null) return this.#start();
    this.#next ??= this.#inFlight.then(
      () => this.#followUp(),
      () => this.#followUp(),
    );
    return this.#next;
  }

  #followUp(): Promise<bigint> {
    this.#next = null;
    return this.#start();
  }

  #start(): Promise<bigint> {
    this.epochReads += 1;
    const read = this.#readEpoch().finally(() => {
      if (this.#inFlight === read) this.#inFlight = null;
    });
    this.#inFlight = read;
    return read;
  }

  #saw(epoch: bigint): void {
    if (epoch > this.#latest) {
      this.#latest = epoch;
      for (const [key, entry] of this.#entries) {
        if (entry.epoch < epoch) this.#entries.delete(key);
      }
    }
  }
}
