import 'reflect-metadata';
import { LockMode } from '@mikro-orm/core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Account } from '../modules/accounts/account.entity.js';
import { Plan } from '../modules/catalog/plan.entity.js';
import { openDatabase } from './database.js';
import { DataDirInUseError, startEmbeddedDatabase } from './embedded.js';

const log = pino({ level: 'silent' });

/** The pid of a process that has exited: a lock naming it is stale. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('embedded database (PGlite)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledgerline-pglite-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps data across a restart', async () => {
    const config = { database: { url: undefined, poolMax: 4, dataDir } };
    const first = await openDatabase(config, log);
    const em = first.orm.em.fork();
    const free = await em.findOneOrFail(Plan, { code: 'free' });
    const created = em.create(Account, { name: 'Survives Restart', plan: free });
    await em.flush();
    await first.close();

    const second = await openDatabase(config, log);
    const found = await second.orm.em.fork().findOne(Account, { id: created.id });
    expect(found?.name).toBe('Survives Restart');
    expect(await second.orm.em.fork().count(Plan, {})).toBe(4); // seeded once, not twice
    await second.close();
  });

  it('refuses a second opening of the same data folder', async () => {
    const first = await startEmbeddedDatabase(dataDir);
    await expect(startEmbeddedDatabase(dataDir)).rejects.toBeInstanceOf(DataDirInUseError);
    // The refusal leaves the first opening's lock in place.
    expect(readFileSync(join(dataDir, 'ledgerline.lock'), 'utf8')).toBe(String(process.pid));
    await first.stop();
  });

  it('refuses a data folder locked by another live process, naming it', async () => {
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dataDir, 'ledgerline.lock'), String(other.pid));
      const opening = startEmbeddedDatabase(dataDir);
      await expect(opening).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(opening).rejects.toThrow(
        `in use by another Ledgerline process (pid ${other.pid})`,
      );
      // Not taken over: the live process keeps its lock.
      expect(readFileSync(join(dataDir, 'ledgerline.lock'), 'utf8')).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it('takes over a lock whose pid now belongs to another process (the holder was killed)', async () => {
    const other = spawn('sleep', ['30']);
    try {
      // The holder wrote its pid and start time; a live process with that pid started later.
      writeFileSync(join(dataDir, 'ledgerline.lock'), `${other.pid} 1`);
      const db = await startEmbeddedDatabase(dataDir);
      await db.stop();
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock left by a process that died', async () => {
    const lockPath = join(dataDir, 'ledgerline.lock');
    writeFileSync(lockPath, String(await deadPid()));
    const db = await startEmbeddedDatabase(dataDir);
    expect(readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    await db.stop();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('serialises 50 concurrent transactions over several connections correctly', async () => {
    const db = await openDatabase({ database: { url: undefined, poolMax: 4, dataDir } }, log);
    const free = await db.orm.em.fork().findOneOrFail(Plan, { code: 'free' });
    const account = db.orm.em.fork().create(Account, { name: '0', plan: free.id });
    await db.orm.em.fork().persist(account).flush();
    // Each transaction locks the row, reads the counter and writes it + 1: lost updates would
    // leave less than 50. The pool's size while they run shows they used several connections.
    let peakConnections = 0;
    await Promise.all(
      Array.from({ length: 50 }, () =>
        db.orm.em.fork().transactional(async (tx) => {
          const row = await tx.findOneOrFail(
            Account,
            { id: account.id },
            {
              lockMode: LockMode.PESSIMISTIC_WRITE,
            },
          );
          row.name = String(Number(row.name) + 1);
          peakConnections = Math.max(peakConnections, db.poolHealth.stats().total);
        }),
      ),
    );
    expect((await db.orm.em.fork().findOneOrFail(Account, { id: account.id })).name).toBe('50');
    expect(peakConnections).toBeGreaterThan(1);
    await db.close();
  });
});
