import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './built-server.js';

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl on a free port and a data folder under
 * the system temp folder), which a test may stop and restart — never the machine's shared
 * server. As root, initdb refuses to run, so the commands run as the `postgres` user (runuser).
 */
export interface PostgresInstance {
  url: string;
  port: number;
  /** pg_ctl restart -m fast (asynchronous: the test's requests keep running meanwhile). */
  restart(): Promise<void>;
  stop(): void;
}

/** Why an own instance cannot be started here (tests skip, saying so), or null when it can. */
export function postgresInstanceUnavailable(): string | null {
  if (postgresBinDir() === undefined) {
    return 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (initdb, pg_ctl)';
  }
  if (process.getuid?.() === 0) {
    const probe = spawnSync('runuser', ['-u', 'postgres', '--', 'true']);
    if (probe.status !== 0) {
      return 'running as root, and `runuser -u postgres` is not possible (initdb refuses root)';
    }
  }
  return null;
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

export async function startPostgresInstance(): Promise<PostgresInstance> {
  const bin = postgresBinDir();
  if (bin === undefined) throw new Error(postgresInstanceUnavailable() ?? 'no PostgreSQL');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ledgerline-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const commandLine = (command: string, args: string[]): [string, string[]] =>
    asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
  const run = (command: string, args: string[]) => {
    const [file, argv] = commandLine(command, args);
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
    }
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
  const pgCtlArgs = (...args: string[]) => [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-o',
    options,
    '-w',
    '-t',
    '60',
    ...args,
  ];
  const pgCtl = (...args: string[]) => run('pg_ctl', pgCtlArgs(...args));
  pgCtl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart() {
      await promisify(execFile)(...commandLine('pg_ctl', pgCtlArgs('restart', '-m', 'fast')));
    },
    stop() {
      try {
        pgCtl('stop', '-m', 'immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
