/**
 * Facts about the machine and the build a benchmark ran on, and CPU accounting from /proc; shared
 * by the benchmarks in bench/ so every result records the same things the same way.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const serverEntry = path.join(rootDir, 'server', 'dist', 'main.js');

export function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function packageVersion(name) {
  for (const dir of [rootDir, path.join(rootDir, 'server')]) {
    const text = readText(path.join(dir, 'node_modules', name, 'package.json'));
    if (text !== undefined) return JSON.parse(text).version;
  }
  return null;
}

export function command(file, args) {
  try {
    return execFileSync(file, args, { cwd: rootDir, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Which server build ran: the time and a hash of server/dist (others may rebuild the tree). */
export function serverBuild() {
  const dist = path.join(rootDir, 'server', 'dist');
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((x, y) =>
      x.name < y.name ? -1 : 1,
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(dist);
  return {
    builtAt: statSync(serverEntry).mtime.toISOString(),
    sha256: hash.digest('hex').slice(0, 16),
  };
}

export function machineFacts() {
  const cpuinfo = readText('/proc/cpuinfo') ?? '';
  const meminfo = readText('/proc/meminfo') ?? '';
  const memKb = Number(/^MemTotal:\s+(\d+) kB/m.exec(meminfo)?.[1] ?? NaN);
  const nproc = Number(command('nproc', []) ?? os.availableParallelism());
  return {
    nproc,
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? null,
    memoryGiB: Number.isFinite(memKb) ? Number((memKb / 1024 / 1024).toFixed(1)) : null,
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

export const clockTicks = Number(command('getconf', ['CLK_TCK']) ?? 100) || 100;

/** CPU seconds used so far by one process (user + system), from /proc. */
export function processCpuSeconds(pid) {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ", field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Busy and total CPU seconds of the whole machine, from /proc/stat. */
export function machineCpuSeconds() {
  const line = (readText('/proc/stat') ?? '').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  // steal: time the hypervisor gave this VM's CPUs to someone else (noisy neighbours).
  return { busy: (total - idle) / clockTicks, steal: (values[7] ?? 0) / clockTicks };
}
