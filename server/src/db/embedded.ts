import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by another Ledgerline process (pid ${pid}). ` +
        'Stop that process first, or set DATA_DIR to another folder or DATABASE_URL to a PostgreSQL server.',
    );
    this.name = 'DataDirInUseError';
  }
}

export interface EmbeddedDatabase {
  /** postgres:// URL of the local socket server, for the ordinary `pg` driver. */
  url: string;
  dataDir: string | undefined;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When process `pid` started (clock ticks since boot, /proc/<pid>/stat field 22), or undefined
 * where /proc is not there. Written beside the pid, it tells a process that reused a crashed
 * holder's pid from the holder itself.
 */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the lock file's holder (`pid` or `pid starttime`) is a live process other than us. */
function heldByAnother(content: string): number | undefined {
  const [pidText, startTime] = content.trim().split(/\s+/);
  const holder = Number.parseInt(pidText ?? '', 10);
  if (!Number.isInteger(holder) || holder === process.pid || !isAlive(holder)) return undefined;
  // Same pid, another process (the holder was SIGKILLed and its pid reused): the lock is stale.
  if (startTime !== undefined && startTimeOf(holder) !== undefined) {
    return startTimeOf(holder) === startTime ? holder : undefined;
  }
  return holder;
}

/** Data folders this process has open (a lock file with our own pid may be a stale one left by
 * an earlier container whose process had the same pid, e.g. 1). */
const openedHere = new Set<string>();

/**
 * Takes the data folder's lock file, refusing when a live process holds it. Two PGlite instances
 * on one folder would corrupt it; a stale lock from a crashed process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  const lockPath = resolve(dir, 'ledgerline.lock');
  if (openedHere.has(dir)) throw new DataDirInUseError(dir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      const startTime = startTimeOf(process.pid);
      writeSync(fd, startTime === undefined ? String(process.pid) : `${process.pid} ${startTime}`);
      closeSync(fd);
      openedHere.add(dir);
      return () => {
        openedHere.delete(dir);
        rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = heldByAnother(readFileSync(lockPath, 'utf8'));
      if (holder !== undefined) throw new DataDirInUseError(dir, holder);
      // A stale lock: its process died (a crash, SIGKILL, a lost container) without removing it.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) behind its socket server on a free local port, so
 * MikroORM reaches it with the same `pg` driver and SQL as a real server. PGlite is a single
 * backend: the socket server queues other connections while one holds a transaction, so keep the
 * pool small. Without `dataDir` the database lives in memory (tests).
 */
export async function startEmbeddedDatabase(
  dataDir: string | undefined,
  maxConnections = 8,
): Promise<EmbeddedDatabase> {
  let unlock = () => {};
  let pgDir: string | undefined;
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
    pgDir = resolve(dataDir, 'pglite');
  }
  try {
    const db = pgDir === undefined ? await PGlite.create() : await PGlite.create(pgDir);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
      dataDir,
      async stop() {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
