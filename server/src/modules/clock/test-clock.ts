import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../clock.js';
import type { Orm } from '../../db/orm.js';
import type { Logger } from '../../logging.js';
import { TestClockState } from './test-clock.entity.js';

/** How stale a process's cached offset may get when nothing asks for a fresh one. */
const backgroundRefreshMs = 1_000;

/** Creates the single row at offset 0 unless it exists (safe when processes race to do it). */
export async function ensureTestClockRow(em: EntityManager, realNow: Date): Promise<void> {
  await em
    .getConnection()
    .execute(
      'insert into "test_clock" ("id", "offset_ms", "updated_at") values (1, 0, ?) on conflict ("id") do nothing',
      [realNow],
      'run',
      em.getTransactionContext(),
    );
}

export async function readTestClockOffsetMs(em: EntityManager): Promise<number> {
  const state = await em.findOne(TestClockState, { id: 1 }, { disableIdentityMap: true });
  return state?.offsetMs ?? 0;
}

/**
 * Billing time under TEST_CLOCK=1: real time plus the offset in the `test_clock` row, so every
 * process on the database reads the same time. `now()` is synchronous, so each process caches the
 * offset and re-reads it every second in the background, before each job runs, and right after
 * an advance (`refresh()`).
 */
export class PersistedTestClock implements Clock {
  private offset = 0;
  /** Reads can finish out of order; only the latest-started one that finished may set the offset. */
  private readsStarted = 0;
  private latestApplied = 0;
  private timer: NodeJS.Timeout | undefined;
  private backgroundReadRunning = false;

  private constructor(
    private readonly orm: Orm,
    /** Real time; tests pass a FixedClock to keep the arithmetic exact. */
    readonly realClock: Clock,
  ) {}

  /** Reads the current offset, then keeps it fresh until `stop()`. */
  static async start(
    orm: Orm,
    log: Logger,
    realClock: Clock = systemClock,
  ): Promise<PersistedTestClock> {
    const clock = new PersistedTestClock(orm, realClock);
    await ensureTestClockRow(orm.em.fork(), realClock.now());
    await clock.refresh();
    clock.timer = setInterval(() => {
      if (clock.backgroundReadRunning) return;
      clock.backgroundReadRunning = true;
      clock
        .refresh()
        .catch((error: unknown) => log.warn({ err: error }, 'could not re-read the test clock'))
        .finally(() => {
          clock.backgroundReadRunning = false;
        });
    }, backgroundRefreshMs);
    clock.timer.unref();
    return clock;
  }

  now(): Date {
    return new Date(this.realClock.now().getTime() + this.offset);
  }

  /** How far ahead of real time the clock is, as last read. */
  get offsetMs(): number {
    return this.offset;
  }

  async refresh(): Promise<void> {
    const read = ++this.readsStarted;
    const offset = await readTestClockOffsetMs(this.orm.em.fork());
    if (read > this.latestApplied) {
      this.latestApplied = read;
      this.offset = offset;
    }
  }

  /** Stops the background re-reads (before the database closes). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
