import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieClient } from '../test/browser.js';
import {
  ensureServerBuild,
  startLedgerline,
  type LedgerlineProcess,
} from '../test/built-server.js';

/**
 * The embedded default (PGlite under DATA_DIR) when its one process is SIGKILLed while writing:
 * the next start is not refused by the dead process's lock, and the data is intact — every
 * acknowledged write is there, and no write is half-applied (each rename of the account and its
 * audit event are written together, so the audit trail must chain exactly to the current name).
 */
describe('the embedded portal killed mid-write', () => {
  let dataDir: string;
  const processes: LedgerlineProcess[] = [];

  beforeAll(() => {
    ensureServerBuild();
    dataDir = mkdtempSync(join(tmpdir(), 'ledgerline-crash-'));
  }, 180_000);
  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async () => {
    // An operator reads the account's audit log whatever its plan (an operator has no account of
    // their own: the customer is someone else).
    const started = await startLedgerline({
      DATA_DIR: dataDir,
      WORKERS_ENABLED: '1',
      OPERATOR_EMAILS: 'ops@example.com',
    });
    processes.push(started);
    return started;
  };
  const rename = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { name } }`;
  const state = `{ account { id name } }`;
  interface State {
    account: { id: string; name: string };
  }
  const audit = `query($accountId: String!) {
    auditEvents(first: 100, filter: { accountId: $accountId }) {
      totalCount edges { node { action summaryText } } } }`;
  interface Audit {
    auditEvents: {
      totalCount: number;
      edges: { node: { action: string; summaryText: string | null } }[];
    };
  }

  it('starts again with every acknowledged write and nothing half-applied', async () => {
    const first = await start();
    const browser = new CookieClient(first.url);
    await browser.signInWithDevProvider('crash@example.com', 'Crash Test');
    const token = browser.cookie('ll_session');
    expect(token).toBeDefined();
    const before = await browser.graphql<State>(state);
    expect(before.errors).toBeUndefined();

    // Rename as fast as answers come; SIGKILL once 30 renames were acknowledged, with the next
    // one in flight.
    const acknowledged: string[] = [];
    let sent = 0;
    let inFlight: string | undefined;
    const writer = (async () => {
      for (;;) {
        const name = `Crash Co ${++sent}`;
        inFlight = name;
        try {
          const result = await browser.graphql<{ updateAccount: { name: string } }>(rename, {
            input: { name },
          });
          if (result.data?.updateAccount.name !== name) return;
        } catch {
          return; // the process is gone
        }
        acknowledged.push(name);
        if (acknowledged.length === 30) {
          first.child.kill('SIGKILL');
        }
      }
    })();
    await writer;
    expect(await first.exited).toBe('SIGKILL');
    // The dead process's lock is still there.
    expect(readFileSync(join(dataDir, 'ledgerline.lock'), 'utf8')).toMatch(
      new RegExp(`^${first.child.pid}\\b`),
    );

    // Start again on the same folder: not refused, and the session from before still works.
    const second = await start();
    const again = new CookieClient(second.url);
    again.setCookie('ll_session', token!);
    const after = await again.graphql<State>(state);
    expect(after.errors).toBeUndefined();
    const name = after.data!.account.name;
    // Every acknowledged rename is durable: the name is the last acknowledged one, or the one
    // that was in flight when the process died (committed before the answer went out).
    expect([acknowledged.at(-1), inFlight]).toContain(name);

    // Nothing half-applied: the rename events chain from the original name to the current one.
    const operator = new CookieClient(second.url);
    await operator.signInWithDevProvider('ops@example.com', 'Ops');
    const trail = await operator.graphql<Audit>(audit, { accountId: after.data!.account.id });
    expect(trail.errors).toBeUndefined();
    const renames = trail
      .data!.auditEvents.edges.map((edge) => edge.node)
      .filter((event) => event.action === 'account.update')
      .map(
        (event) => JSON.parse(event.summaryText ?? '{}') as { name?: { from: string; to: string } },
      )
      .filter((summary) => summary.name !== undefined)
      .map((summary) => summary.name!)
      .reverse(); // oldest first
    expect(renames.length).toBeGreaterThanOrEqual(30);
    expect(renames[0]!.from).toBe(before.data!.account.name);
    for (let i = 1; i < renames.length; i++) expect(renames[i]!.from).toBe(renames[i - 1]!.to);
    expect(renames.at(-1)!.to).toBe(name);

    // And it keeps working: a write after the restart sticks.
    const next = await again.graphql<{ updateAccount: { name: string } }>(rename, {
      input: { name: 'After the crash' },
    });
    expect(next.data?.updateAccount.name).toBe('After the crash');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);
});
