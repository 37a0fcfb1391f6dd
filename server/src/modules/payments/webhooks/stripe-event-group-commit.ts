import { isDatabaseUnavailable } from '../../../db/pool-health.js';
import type { StripeEventToStore } from './stripe-events.service.js';

/** Stores a batch of events with distinct ids in one commit; the ids it stored (not redeliveries). */
export type StoreStripeEventBatch = (events: readonly StripeEventToStore[]) => Promise<Set<string>>;

interface Waiting extends StripeEventToStore {
  resolve(stored: boolean): void;
  reject(error: unknown): void;
}

export interface GroupCommitOptions {
  /** Events one statement stores at most (11 parameters each; PostgreSQL allows 65,535). */
  maxBatch: number;
  /** Batches in flight at once (database connections the route holds at most). */
  maxInFlight: number;
  /**
   * Whether a failed batch is refused whole (the database is unavailable: each event alone would
   * fail the same way). Otherwise one event may be what the database refused (a payload jsonb
   * cannot hold), so each is stored alone and only that one fails.
   */
  refuseWhole(error: unknown): boolean;
}

export const defaultGroupCommitOptions: GroupCommitOptions = {
  maxBatch: 500,
  maxInFlight: 2,
  refuseWhole: isDatabaseUnavailable,
};

/**
 * Group commit for the webhook route: deliveries verified in the same turn of the event loop, or
 * while a batch is being stored, are stored together by one `insert … on conflict do nothing`
 * (one statement, one commit, one round trip instead of one each). Each caller's promise settles
 * only once the statement that holds its event has committed: true if its event was stored now,
 * false for a redelivery. The same id twice in a batch is stored once; the first delivery of it
 * gets true, the others false, as if they came after it. When the statement fails, nothing of
 * the batch was stored: with the database unavailable every delivery in it is refused with the
 * error; otherwise each event is stored again alone, so one the database refuses fails only its
 * own deliveries. No delivery is ever answered before its event is committed.
 */
export class StripeEventGroupCommit {
  private waiting: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly storeBatch: StoreStripeEventBatch,
    private readonly options: GroupCommitOptions = defaultGroupCommitOptions,
  ) {}

  store(event: StripeEventToStore['event'], claim: boolean): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.waiting.push({ event, claim, resolve, reject });
      this.schedule();
    });
  }

  /** Flushes after the current turn (every delivery parsed in it joins the batch). */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.waiting.length > 0 && this.inFlight < this.options.maxInFlight) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        if (this.waiting.length > 0) this.schedule();
      });
    }
  }

  private async run(batch: Waiting[]): Promise<void> {
    // Deliveries by event id, in arrival order: the first of each is the one stored.
    const byId = new Map<string, Waiting[]>();
    for (const delivery of batch) {
      const same = byId.get(delivery.event.id);
      if (same === undefined) byId.set(delivery.event.id, [delivery]);
      else same.push(delivery);
    }
    const groups = [...byId.values()];
    try {
      const stored = await this.storeBatch(groups.map((same) => same[0]!));
      for (const same of groups) settle(same, stored);
    } catch (error) {
      if (groups.length === 1 || this.options.refuseWhole(error)) {
        for (const delivery of batch) delivery.reject(error);
        return;
      }
      await Promise.all(groups.map((same) => this.storeAlone(same)));
    }
  }

  /** Stores one event of a failed batch by itself and settles its deliveries. */
  private async storeAlone(same: Waiting[]): Promise<void> {
    try {
      settle(same, await this.storeBatch([same[0]!]));
    } catch (error) {
      for (const delivery of same) delivery.reject(error);
    }
  }
}

/** The deliveries of one event: the first one stored it (unless it was there), the rest are repeats. */
function settle(same: readonly Waiting[], stored: Set<string>): void {
  same.forEach((delivery, i) => delivery.resolve(i === 0 && stored.has(delivery.event.id)));
}
