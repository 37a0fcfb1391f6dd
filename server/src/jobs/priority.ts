import { readdirSync } from 'node:fs';
import os from 'node:os';

/**
 * Lowers a process's OS scheduling priority to at least `nice` (0 to 19; a higher nice yields the
 * CPU sooner). On Linux a nice value belongs to each thread, so every thread the process has now
 * gets it (the main JavaScript thread, libuv's and V8's helpers); threads started later inherit it
 * from the thread that starts them. A thread already nicer is left as it is: this never raises a
 * priority (which would need privileges). Returns the threads changed.
 *
 * WORKER_NICE: a worker process sharing cores with API processes (and their PostgreSQL) then lets
 * requests run first whenever both want the CPU; with idle cores its jobs run as fast as ever.
 */
export function lowerSchedulingPriority(nice: number, pid: number = process.pid): number {
  let threads: number[];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    threads = [pid]; // not Linux: the process's priority
  }
  let changed = 0;
  for (const thread of threads) {
    try {
      if (os.getPriority(thread) >= nice) continue;
      os.setPriority(thread, nice);
      changed += 1;
    } catch {
      // The thread ended meanwhile.
    }
  }
  return changed;
}
