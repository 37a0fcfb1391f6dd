import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveAuthState } from './auth-state.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import {
  createSession,
  hasConfirmedTwoFactor,
  hashToken,
  isOperatorUser,
  linkIdentity,
  revokeSession,
  type SignInFailure,
  type SignInProviders,
  SignInRefused,
  type VerifiedIdentity,
} from '../identity/index.js';
import { invitationTokenIn } from '../members/index.js';
import { signIn } from './sign-in.service.js';
import { isStorableText } from '../../guard/text.js';

/** The web app's back office, where an operator's sign-in lands. */
export const operatorHomePath = '/operator';

/** The web app's page that asks for the second factor (then goes on to `returnTo`). */
export const secondFactorPagePath = '/sign-in/two-factor';

/** Only same-site relative paths, so the sign-in cannot be turned into an open redirect. */
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw.startsWith('/auth/') || raw.startsWith('/sign-in')) return '/';
  return raw;
}

/** What the provider's callback request carries, as the route read it. */
export interface SignInCallbackRequest {
  providerId: string;
  /** The sign-in attempt cookie, if the browser sent one. */
  attemptToken: string | undefined;
  /** The browser's session cookie, if any (rotated on sign-in, checked when linking). */
  sessionToken: string | undefined;
  /** The full URL the browser came back to. */
  callbackUrl: URL;
  query: { state: unknown; error: unknown; errorDescription: unknown };
  ip: string | null;
  requestId: string;
  userAgent: string | null;
}

/** How the callback ended; the route turns it into cookies and a redirect. */
export type SignInCallbackOutcome =
  | {
      kind: 'failed';
      reason: SignInFailure;
      detail?: string;
      provider?: string;
      linking?: boolean;
      /** Why the provider's code exchange failed, for the log. */
      cause?: unknown;
    }
  | { kind: 'linked'; userId: string; providerId: string; redirectTo: string }
  | {
      kind: 'signed_in';
      userId: string;
      created: boolean;
      secondFactorPending: boolean;
      /** The new session's cookie value. */
      sessionToken: string;
      redirectTo: string;
    };

export interface SignInCallbackDeps {
  config: Config;
  clock: Clock;
  providers: SignInProviders;
}

/**
 * Completes a sign-in (or the linking of another sign-in method) when the provider sends the
 * browser back: consumes the attempt, checks state, exchanges the code, then either links the
 * identity to the signed-in person or signs in, rotating the browser's session.
 */
export async function completeSignIn(
  em: EntityManager,
  request: SignInCallbackRequest,
  { config, clock, providers }: SignInCallbackDeps,
): Promise<SignInCallbackOutcome> {
  const provider = providers.get(request.providerId);
  if (provider === undefined) return { kind: 'failed', reason: 'unknown_provider' };
  const token = request.attemptToken;
  if (token === undefined) return { kind: 'failed', reason: 'state_mismatch' };
  // Single use: the attempt is deleted as it is read, so a replayed callback finds nothing.
  const rows = await em.getConnection().execute<
    {
      provider: string;
      state: string;
      nonce: string;
      code_verifier: string;
      return_to: string;
      link_user_id: string | null;
      expires_at: Date;
    }[]
  >('delete from sign_in_attempt where id = ? returning *', [hashToken(token)]);
  const attempt = rows[0];
  if (attempt === undefined || attempt.provider !== provider.id) {
    return { kind: 'failed', reason: 'state_mismatch' };
  }
  const linking = attempt.link_user_id !== null;
  if (new Date(attempt.expires_at) <= clock.now())
    return { kind: 'failed', reason: 'expired', linking };
  const { query } = request;
  if (query.state !== attempt.state) return { kind: 'failed', reason: 'state_mismatch', linking };
  if (typeof query.error === 'string') {
    return query.error === 'access_denied'
      ? { kind: 'failed', reason: 'access_denied', linking }
      : {
          kind: 'failed',
          reason: 'provider_error',
          linking,
          detail: String(query.errorDescription ?? query.error),
        };
  }
  let identity: VerifiedIdentity;
  try {
    const vouched = await provider.identityFromCallback(request.callbackUrl, {
      state: attempt.state,
      nonce: attempt.nonce,
      codeVerifier: attempt.code_verifier,
    });
    identity = { provider: provider.id, ...vouched };
    // What the provider says lands in PostgreSQL: the same text rule as any input.
    if (![identity.subject, identity.email, identity.name].every(isStorableText)) {
      throw new SignInRefused(
        'callback_failed',
        'The provider sent an e-mail address or name that cannot be stored.',
      );
    }
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    return {
      kind: 'failed',
      reason: error.reason,
      detail: error.detail,
      linking,
      cause: error.cause,
    };
  }
  const { ip } = request;
  if (linking) {
    // The same person, still fully signed in, in the browser that started the link.
    const auth = await resolveAuthState(em, request.sessionToken, config, clock);
    if (auth === null || auth.stage !== 'complete' || auth.user.id !== attempt.link_user_id) {
      return { kind: 'failed', reason: 'link_requires_sign_in', linking };
    }
    try {
      await linkIdentity(
        em,
        {
          userId: auth.user.id,
          accountId: auth.account?.id ?? null,
          ip,
          requestId: request.requestId,
        },
        identity,
        clock,
      );
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error;
      return { kind: 'failed', reason: error.reason, provider: provider.name, linking };
    }
    const back = new URL(safeReturnTo(attempt.return_to), config.publicUrl);
    back.searchParams.set('linked', provider.id);
    return {
      kind: 'linked',
      userId: auth.user.id,
      providerId: provider.id,
      redirectTo: back.pathname + back.search,
    };
  }
  let result;
  try {
    result = await signIn(
      em,
      identity,
      clock,
      { ip, requestId: request.requestId },
      // Signing in from an invitation link: a new user joins that account.
      {
        invitationToken: invitationTokenIn(safeReturnTo(attempt.return_to)),
        operators: config,
      },
    );
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    return { kind: 'failed', reason: error.reason, detail: error.detail, provider: provider.name };
  }
  // Rotate: whatever session this browser had ends; the new one gets a fresh id.
  const previous = request.sessionToken;
  if (previous !== undefined) await revokeSession(em, previous, clock);
  // With two-factor sign-in on, the session can do nothing until the code is given.
  const secondFactorPending = await hasConfirmedTwoFactor(em, result.user.id);
  const sessionToken = await createSession(
    em,
    {
      user: result.user,
      account: result.account,
      provider: provider.id,
      ip,
      userAgent: request.userAgent,
      secondFactorPending,
    },
    config,
    clock,
  );
  let returnTo = safeReturnTo(attempt.return_to);
  // An operator signing in lands in the back office, unless they were on their way elsewhere.
  if (returnTo === '/' && (await isOperatorUser(em, result.user, config))) {
    returnTo = operatorHomePath;
  }
  let redirectTo = returnTo;
  if (secondFactorPending) {
    const secondFactorPage = new URL(secondFactorPagePath, config.publicUrl);
    if (returnTo !== '/') secondFactorPage.searchParams.set('returnTo', returnTo);
    redirectTo = secondFactorPage.pathname + secondFactorPage.search;
  }
  return {
    kind: 'signed_in',
    userId: result.user.id,
    created: result.created,
    secondFactorPending,
    sessionToken,
    redirectTo,
  };
}
