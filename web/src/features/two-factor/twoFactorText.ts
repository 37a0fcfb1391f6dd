import { codeOf, describeError, graphQLErrorsOf } from '../../app/graphqlErrors';
import { formatTime } from '../../components/dates';

/**
 * What a failed code check means for the person typing it. Every form that takes a code (sign-in,
 * set-up, new backup codes, turning off) goes through `codeProblemOf`, so the wording of a wrong
 * code, a pause after too many, or an ended sign-in is the same everywhere.
 */
export type CodeProblem =
  /** The code itself: shown under the field. */
  | { kind: 'wrong-code'; message: string }
  /** Too many wrong codes: no code is accepted until `resetAt`. */
  | { kind: 'rate-limited'; message: string }
  /** The sign-in or session is over: the only way on is signing in again. */
  | { kind: 'signed-out'; message: string }
  | { kind: 'other'; message: string };

/** Why two-factor set-up or sign-in was refused, from `extensions.reason` (server permissions). */
export function reasonOf(error: unknown): string | undefined {
  const reason = graphQLErrorsOf(error)[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

export function codeProblemOf(error: unknown): CodeProblem {
  const [first] = graphQLErrorsOf(error);
  const code = first ? codeOf(first) : undefined;
  if (first && code === 'BAD_USER_INPUT') return { kind: 'wrong-code', message: first.message };
  if (first && code === 'RATE_LIMITED') {
    const resetAt = first.extensions?.resetAt;
    const when =
      typeof resetAt === 'string' && !Number.isNaN(Date.parse(resetAt))
        ? ` after ${formatTime(resetAt)}`
        : ' in a few minutes';
    return {
      kind: 'rate-limited',
      message: `Too many wrong codes. For your security, try again${when}.`,
    };
  }
  if (code === 'UNAUTHENTICATED' || (code === 'FORBIDDEN' && reasonOf(error) === undefined)) {
    return {
      kind: 'signed-out',
      message: 'This sign-in has ended. Sign in again to continue.',
    };
  }
  // Refusals with a reason carry a sentence written for the person (e.g. required by the account).
  if (first && code === 'FORBIDDEN') return { kind: 'other', message: first.message };
  return { kind: 'other', message: describeError(error) };
}

/** What people type: spaces (apps show "123 456") and dashes do not matter. */
export function typedCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** Six digits, or a backup code's ten letters and digits (the server has the last word). */
export function codeLooksComplete(value: string, kind: 'app' | 'backup'): boolean {
  const code = typedCode(value);
  return kind === 'app' ? /^\d{6}$/.test(code) : /^[0-9a-z]{10}$/i.test(code);
}

/** The text file people download to keep their backup codes. */
export function backupCodesFile(codes: readonly string[], email: string, createdAt: Date): string {
  return [
    'Ledgerline backup codes',
    `For ${email}, made ${createdAt.toISOString().slice(0, 10)}.`,
    'Each code works once, when you cannot use your authenticator app. Keep them somewhere safe.',
    '',
    ...codes,
    '',
  ].join('\n');
}
