import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '../../errors.js';
import type { RequestContext } from '../../graphql/context.js';
import type { SessionAuthState } from './auth-state.js';
import {
  listActiveSessions,
  revokeOtherSessions,
  revokeOwnSession,
  type SessionActor,
} from './session.service.js';
import {
  RevokeSessionInput,
  RevokeSessionsPayload,
  SessionType,
  toSessionType,
} from './sessions.types.js';

/** The person's session (shield rules guarantee one); a partner token has no sessions. */
function sessionOf(ctx: RequestContext): SessionAuthState {
  if (ctx.auth?.kind !== 'session') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return ctx.auth;
}

function sessionActorOf(ctx: RequestContext): SessionActor {
  const auth = sessionOf(ctx);
  return {
    userId: auth.user.id,
    currentSessionId: auth.session.id,
    accountId: auth.account?.id ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
  };
}

async function sessionsOf(ctx: RequestContext): Promise<SessionType[]> {
  const auth = sessionOf(ctx);
  const sessions = await listActiveSessions(ctx.em, auth.user.id, ctx.config, ctx.clock);
  const listed = sessions.map((session) => toSessionType(session, auth.session.id));
  // This device first, then most recently used.
  return [...listed.filter((s) => s.current), ...listed.filter((s) => !s.current)];
}

@Resolver(() => SessionType)
export class SessionsResolver {
  @Query(() => [SessionType], {
    description:
      'Your signed-in sessions (not revoked, not expired, second factor given), this one first.',
  })
  sessions(@Ctx() ctx: RequestContext): Promise<SessionType[]> {
    return sessionsOf(ctx);
  }

  @Mutation(() => RevokeSessionsPayload, {
    description:
      'Signs one of your sessions out: its next request is signed out. NOT_FOUND for an id that is not one of your sessions. Revoking this session signs you out here.',
  })
  async revokeSession(
    @Arg('input', () => RevokeSessionInput) input: RevokeSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevokeSessionsPayload> {
    const revoked = await revokeOwnSession(ctx.em, input.id, sessionActorOf(ctx), ctx.clock);
    return { revokedCount: revoked ? 1 : 0, sessions: await sessionsOf(ctx) };
  }

  @Mutation(() => RevokeSessionsPayload, {
    description: 'Signs out every other session of yours; this one stays signed in.',
  })
  async revokeOtherSessions(@Ctx() ctx: RequestContext): Promise<RevokeSessionsPayload> {
    const revokedCount = await revokeOtherSessions(ctx.em, sessionActorOf(ctx), ctx.clock);
    return { revokedCount, sessions: await sessionsOf(ctx) };
  }
}
