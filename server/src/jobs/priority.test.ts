import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { lowerSchedulingPriority } from './priority.js';

/** The nice value of each thread of `pid` (Linux: a nice value belongs to each thread). */
function niceOfThreads(pid: number): Set<number> {
  return new Set(readdirSync(`/proc/${pid}/task`).map((tid) => os.getPriority(Number(tid))));
}

const describeOnLinux = os.platform() === 'linux' ? describe : describe.skip;

describeOnLinux('lowerSchedulingPriority (WORKER_NICE)', () => {
  it('lowers every thread of a real process (a Node child and its helper threads), never raises one', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const pid = child.pid!;
      expect(readdirSync(`/proc/${pid}/task`).length).toBeGreaterThan(1);
      expect([...niceOfThreads(pid)].every((nice) => nice < 7)).toBe(true);
      expect(lowerSchedulingPriority(7, pid)).toBeGreaterThan(1);
      expect(niceOfThreads(pid)).toEqual(new Set([7]));
      // Asking for less changes nothing: a priority is never raised.
      expect(lowerSchedulingPriority(3, pid)).toBe(0);
      expect(niceOfThreads(pid)).toEqual(new Set([7]));
    } finally {
      child.kill();
    }
  });
});
