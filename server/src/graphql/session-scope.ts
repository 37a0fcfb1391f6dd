import { AppError } from '../errors.js';
import type { Actor } from '../modules/audit/audit.service.js';
import type { RequestContext } from './context.js';

/**
 * The account the session acts in. Shield rules guarantee it for member-only operations; this
 * narrows the type and guards against a rule being loosened by mistake.
 */
export function currentAccountId(ctx: RequestContext): string {
  const id = ctx.auth?.account?.id;
  if (id === undefined) {
    throw new AppError('FORBIDDEN', 'This session is not a member of any account.');
  }
  return id;
}

/** Who is acting, for audit records. */
export function actorOf(ctx: RequestContext): Actor {
  const userId = ctx.auth?.user?.id;
  if (userId === undefined) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return { userId, ip: ctx.ip, requestId: ctx.requestId };
}
