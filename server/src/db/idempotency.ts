import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badInput } from '../errors.js';
import { newId } from '../ids.js';
import { IdempotencyKey } from './idempotency-key.entity.js';

export interface IdempotentRequest {
  accountId: string;
  /** The client's key, 1–255 printable characters. */
  key: string;
  /** The mutation name: a key used for one mutation cannot be replayed by another. */
  operation: string;
  /** The input without the key; hashed, not stored. */
  request: unknown;
  at: Date;
}

/** JSON with object keys sorted, so equal requests hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function validateIdempotencyKey(key: string): string {
  // eslint-disable-next-line no-control-regex
  if (key.length === 0 || key.length > 255 || /[\u0000-\u001f\u007f]/.test(key)) {
    throw badInput('idempotencyKey', 'Send an idempotency key of 1 to 255 printable characters.');
  }
  return key;
}

/**
 * Idempotency keys of money-moving mutations: runs `perform` once per (account, key), inside the
 * caller's transaction, and returns its (JSON-serialisable) result; a repeat of the same request
 * replays the stored result instead of performing again.
 *
 * The key row is inserted first with `on conflict do nothing`. A concurrent request with the same
 * key blocks on that insert until the first transaction ends: if it committed, the repeat finds
 * the row with its response; if it rolled back (the mutation failed), the repeat runs for real.
 * Failed mutations are therefore not remembered, and retrying them is safe.
 */
export async function performOrReplay<T>(
  tx: EntityManager,
  request: IdempotentRequest,
  perform: () => Promise<T>,
): Promise<T> {
  const key = validateIdempotencyKey(request.key);
  const requestHash = createHash('sha256')
    .update(canonicalJson({ operation: request.operation, request: request.request }))
    .digest('hex');
  const context = tx.getTransactionContext();
  if (context === undefined) throw new Error('Idempotency keys are claimed inside a transaction');
  const claimed = await tx.getConnection().execute<{ id: string }[]>(
    `insert into idempotency_key (id, account_id, key, operation, request_hash, response, created_at)
     values (?, ?, ?, ?, ?, null, ?)
     on conflict (account_id, key) do nothing returning id`,
    [newId('idk'), request.accountId, key, request.operation, requestHash, request.at],
    'all',
    context,
  );
  const claimedId = claimed[0]?.id;
  if (claimedId === undefined) {
    const stored = await tx.findOneOrFail(
      IdempotencyKey,
      { account: request.accountId, key },
      { refresh: true },
    );
    if (stored.operation !== request.operation || stored.requestHash !== requestHash) {
      throw new AppError(
        'CONFLICT',
        'This idempotency key was already used for a different request. Send a new key for a new request.',
        'idempotencyKey',
      );
    }
    return stored.response as T;
  }
  const result = await perform();
  await tx.flush();
  await tx
    .getConnection()
    .execute(
      `update idempotency_key set response = ? where id = ?`,
      [JSON.stringify(result), claimedId],
      'run',
      context,
    );
  return result;
}
