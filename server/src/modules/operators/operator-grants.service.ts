import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { AppError, badInput } from '../../errors.js';
import { isStorableText } from '../../guard/text.js';
import { recordAudit } from '../audit/index.js';
import { OperatorGrant } from './operator-grant.entity.js';

/**
 * Who is an operator (vendor staff, docs/OPERATIONS.md "Operators"): a person whose verified
 * e-mail is listed in OPERATOR_EMAILS (configuration, read at start-up) or holds a grant kept in
 * the database (`npm run operator -- grant|revoke`, effective at the person's next request).
 */
export type OperatorSource = 'config' | 'grant';

export interface OperatorListing {
  email: string;
  source: OperatorSource;
  grantedAt: Date | null;
  note: string | null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function normalisedEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !emailPattern.test(email) || !isStorableText(email)) {
    throw badInput('email', `"${raw}" is not an e-mail address.`);
  }
  return email;
}

/** Whether the verified address `email` belongs to an operator. */
export async function isOperatorEmail(
  em: EntityManager,
  email: string,
  config: Pick<Config, 'operatorEmails'>,
): Promise<boolean> {
  const address = email.toLowerCase();
  if (config.operatorEmails.has(address)) return true;
  return (await em.count(OperatorGrant, { email: address })) > 0;
}

/**
 * SQL: whether the address in `emailExpr` holds an operator grant — for the one statement that
 * resolves a request's auth state (modules/signin), so no request pays a second round trip.
 */
export function operatorGrantedSql(emailExpr: string): string {
  return `exists (select 1 from operator_grant og where og.email = lower(${emailExpr}))`;
}

/** Every operator: configured ones first, then grants, each by address. */
export async function listOperators(
  em: EntityManager,
  config: Pick<Config, 'operatorEmails'>,
): Promise<OperatorListing[]> {
  const grants = await em.find(OperatorGrant, {}, { orderBy: { email: 'asc' } });
  const configured = [...config.operatorEmails]
    .sort()
    .map((email): OperatorListing => ({ email, source: 'config', grantedAt: null, note: null }));
  return [
    ...configured,
    ...grants
      .filter((g) => !config.operatorEmails.has(g.email))
      .map((g): OperatorListing => ({
        email: g.email,
        source: 'grant',
        grantedAt: g.grantedAt,
        note: g.note,
      })),
  ];
}

export interface GrantOutcome {
  email: string;
  /** False when the address already held a grant (nothing changed, nothing audited). */
  changed: boolean;
}

/** Grants operator rights to `email` (idempotent: a second grant changes nothing). */
export async function grantOperator(
  em: EntityManager,
  rawEmail: string,
  at: Date,
  options: { note?: string | null; grantedBy?: string } = {},
): Promise<GrantOutcome> {
  const email = normalisedEmail(rawEmail);
  const note = options.note?.trim() || null;
  if (note !== null && (note.length > 500 || !isStorableText(note))) {
    throw badInput('note', 'The note must be text of at most 500 characters.');
  }
  return em.transactional(async (tx) => {
    const inserted = await tx
      .getConnection()
      .execute<{ email: string }[]>(
        'insert into operator_grant (email, granted_at, note) values (?, ?, ?) on conflict (email) do nothing returning email',
        [email, at, note],
        'all',
        tx.getTransactionContext(),
      );
    if (inserted.length === 0) return { email, changed: false };
    recordAudit(tx, {
      action: 'operator.grant',
      occurredAt: at,
      target: email,
      summary: { email, grantedBy: options.grantedBy ?? 'cli', ...(note ? { note } : {}) },
    });
    return { email, changed: true };
  });
}

/**
 * Takes a granted operator's rights away (they lose the back office at their next request). An
 * address listed in OPERATOR_EMAILS cannot be revoked here: it is configuration.
 */
export async function revokeOperator(
  em: EntityManager,
  rawEmail: string,
  at: Date,
  config: Pick<Config, 'operatorEmails'>,
  options: { revokedBy?: string } = {},
): Promise<GrantOutcome> {
  const email = normalisedEmail(rawEmail);
  const outcome = await em.transactional(async (tx) => {
    const deleted = await tx
      .getConnection()
      .execute<{ email: string }[]>(
        'delete from operator_grant where email = ? returning email',
        [email],
        'all',
        tx.getTransactionContext(),
      );
    if (deleted.length === 0) return { email, changed: false };
    recordAudit(tx, {
      action: 'operator.revoke',
      occurredAt: at,
      target: email,
      summary: { email, revokedBy: options.revokedBy ?? 'cli' },
    });
    return { email, changed: true };
  });
  if (config.operatorEmails.has(email)) {
    throw new AppError(
      'CONFLICT',
      `${email} is listed in OPERATOR_EMAILS: remove it there and restart to take operator rights away.`,
    );
  }
  return outcome;
}
