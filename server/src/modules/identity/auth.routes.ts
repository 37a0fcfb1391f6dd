import express, { type Request, type Response, type Router } from 'express';
import * as oidc from 'openid-client';
import { resolveAuthState } from './auth-state.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import { recordAudit } from '../audit/audit.service.js';
import { perIpRateLimit } from '../rate-limits/rate-limit.routes.js';
import { rateLimitsOf } from '../rate-limits/rate-limits.js';
import {
  clearCookie,
  readCookie,
  sessionCookieName,
  signInCookieName,
  writeCookie,
} from './cookies.js';
import { callbackUrl, type SignInProviders } from './providers.js';
import { SignInAttempt } from './session.entity.js';
import { invitationTokenIn } from '../members/members.service.js';
import {
  createSession,
  findLiveSession,
  hashToken,
  newToken,
  revokeAllSessions,
  revokeSession,
} from './session.service.js';
import { linkIdentity } from './identities.service.js';
import { isStorableText } from '../../guard/text.js';
import { SignInRefused, type SignInFailure } from './sign-in-refused.js';
import { signIn, type VerifiedIdentity } from './sign-in.service.js';
import { hasConfirmedTwoFactor } from './two-factor/two-factor.service.js';

const attemptTtlMs = 10 * 60_000;

/** The web app's page that asks for the second factor (then goes on to `returnTo`). */
export const secondFactorPagePath = '/sign-in/two-factor';

/** Only same-site relative paths, so the sign-in cannot be turned into an open redirect. */
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw.startsWith('/auth/') || raw.startsWith('/sign-in')) return '/';
  return raw;
}

export type { SignInFailure } from './sign-in-refused.js';

/** Where linking a sign-in method returns when the page asked for nowhere in particular. */
const securityPagePath = '/settings/security';

export interface AuthRoutesDeps {
  config: Config;
  orm: Orm;
  clock: Clock;
  providers: SignInProviders;
}

export function authRoutes({ config, orm, clock, providers }: AuthRoutesDeps): Router {
  const router = express.Router();
  const limits = rateLimitsOf(config);

  /**
   * To the web app's error page, recording the failed sign-in (no person known yet; an
   * `email_in_use` refusal was recorded in the account of the address's owner already). `detail`
   * is the provider's message, or for `email_in_use` the sign-in methods the address already
   * has; `provider` names the provider that was tried.
   */
  const fail = async (
    req: Request,
    res: Response,
    reason: SignInFailure,
    extra: { detail?: string; provider?: string; linking?: boolean } = {},
  ) => {
    req.log.warn({ reason, detail: extra.detail }, 'sign-in failed');
    if (reason !== 'email_in_use') {
      const em = orm.em.fork();
      recordAudit(em, {
        action: 'auth.sign_in',
        outcome: 'failure',
        occurredAt: clock.now(),
        ip: req.ip ?? null,
        requestId: String(req.id),
        summary: { provider: String(req.params.provider ?? '').slice(0, 50), reason },
      });
      await em.flush();
    }
    clearCookie(res, config, signInCookieName(config));
    const target = new URL('/sign-in/error', config.publicUrl);
    target.searchParams.set('reason', reason);
    if (extra.detail !== undefined) target.searchParams.set('detail', extra.detail.slice(0, 200));
    if (extra.provider !== undefined) target.searchParams.set('provider', extra.provider);
    if (extra.linking === true) target.searchParams.set('link', '1');
    res.redirect(303, target.pathname + target.search);
  };

  /** The browser's session when it is complete (second factor given), else null. */
  const completeSession = async (req: Request, em: ReturnType<Orm['em']['fork']>) => {
    const auth = await resolveAuthState(
      em,
      readCookie(req, sessionCookieName(config)),
      config,
      clock,
    );
    return auth !== null && auth.stage === 'complete' ? auth : null;
  };

  // `?link=1`: a signed-in person adds this provider as another way to sign in (Security page).
  router.get(
    '/auth/:provider/start',
    perIpRateLimit({ orm, clock }, limits.signInStart),
    async (req, res, next) => {
      try {
        const provider = providers.get(String(req.params.provider));
        const linking = req.query.link === '1';
        if (provider === undefined) return await fail(req, res, 'unknown_provider', { linking });
        const em = orm.em.fork();
        let linkUserId: string | null = null;
        if (linking) {
          const auth = await completeSession(req, em);
          if (auth === null) return await fail(req, res, 'link_requires_sign_in', { linking });
          linkUserId = auth.user.id;
        }
        const secrets = {
          codeVerifier: oidc.randomPKCECodeVerifier(),
          state: oidc.randomState(),
          nonce: oidc.randomNonce(),
        };
        const url = await provider.authorizationUrl(secrets, callbackUrl(config, provider.id));
        const token = newToken();
        const now = clock.now();
        const returnTo = safeReturnTo(req.query.returnTo);
        em.create(SignInAttempt, {
          id: hashToken(token),
          provider: provider.id,
          ...secrets,
          returnTo: linking && returnTo === '/' ? securityPagePath : returnTo,
          linkUserId,
          createdAt: now,
          expiresAt: new Date(now.getTime() + attemptTtlMs),
        });
        await em.flush();
        writeCookie(res, config, signInCookieName(config), token, { maxAge: attemptTtlMs / 1000 });
        res.redirect(303, url.toString());
      } catch (error) {
        next(error);
      }
    },
  );

  router.get(
    '/auth/:provider/callback',
    perIpRateLimit({ orm, clock }, limits.signInCallback),
    async (req, res, next) => {
      try {
        const provider = providers.get(String(req.params.provider));
        if (provider === undefined) return await fail(req, res, 'unknown_provider');
        const token = readCookie(req, signInCookieName(config));
        if (token === undefined) return await fail(req, res, 'state_mismatch');
        // Single use: the attempt is deleted as it is read, so a replayed callback finds nothing.
        const em = orm.em.fork();
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
          return await fail(req, res, 'state_mismatch');
        }
        const linking = attempt.link_user_id !== null;
        if (new Date(attempt.expires_at) <= clock.now())
          return await fail(req, res, 'expired', { linking });
        if (req.query.state !== attempt.state)
          return await fail(req, res, 'state_mismatch', { linking });
        if (typeof req.query.error === 'string') {
          return req.query.error === 'access_denied'
            ? await fail(req, res, 'access_denied', { linking })
            : await fail(req, res, 'provider_error', {
                linking,
                detail: String(req.query.error_description ?? req.query.error),
              });
        }
        const current = new URL(req.originalUrl, config.publicUrl);
        let identity: VerifiedIdentity;
        try {
          const vouched = await provider.identityFromCallback(current, {
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
          if (error.cause !== undefined) {
            req.log.warn({ err: error.cause }, 'authorization code exchange failed');
          }
          return await fail(req, res, error.reason, { detail: error.detail, linking });
        }
        const ip = req.ip ?? null;
        if (linking) {
          // The same person, still fully signed in, in the browser that started the link.
          const auth = await completeSession(req, em);
          if (auth === null || auth.user.id !== attempt.link_user_id) {
            return await fail(req, res, 'link_requires_sign_in', { linking });
          }
          try {
            await linkIdentity(
              em,
              {
                userId: auth.user.id,
                accountId: auth.account?.id ?? null,
                ip,
                requestId: String(req.id),
              },
              identity,
              clock,
            );
          } catch (error) {
            if (!(error instanceof SignInRefused)) throw error;
            return await fail(req, res, error.reason, { provider: provider.name, linking });
          }
          clearCookie(res, config, signInCookieName(config));
          req.log.info({ userId: auth.user.id, provider: provider.id }, 'sign-in method linked');
          const back = new URL(safeReturnTo(attempt.return_to), config.publicUrl);
          back.searchParams.set('linked', provider.id);
          return res.redirect(303, back.pathname + back.search);
        }
        let result;
        try {
          result = await signIn(
            em,
            identity,
            clock,
            { ip, requestId: String(req.id) },
            // Signing in from an invitation link: a new user joins that account.
            { invitationToken: invitationTokenIn(safeReturnTo(attempt.return_to)) },
          );
        } catch (error) {
          if (!(error instanceof SignInRefused)) throw error;
          return await fail(req, res, error.reason, {
            detail: error.detail,
            provider: provider.name,
          });
        }
        // Rotate: whatever session this browser had ends; the new one gets a fresh id.
        const previous = readCookie(req, sessionCookieName(config));
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
            userAgent: req.get('user-agent') ?? null,
            secondFactorPending,
          },
          config,
          clock,
        );
        clearCookie(res, config, signInCookieName(config));
        writeCookie(res, config, sessionCookieName(config), sessionToken, {
          maxAge: Math.floor(config.session.absoluteMs / 1000),
        });
        req.log.info(
          { userId: result.user.id, created: result.created, secondFactorPending },
          'signed in',
        );
        const returnTo = safeReturnTo(attempt.return_to);
        if (!secondFactorPending) return res.redirect(303, returnTo);
        const secondFactorPage = new URL(secondFactorPagePath, config.publicUrl);
        if (returnTo !== '/') secondFactorPage.searchParams.set('returnTo', returnTo);
        res.redirect(303, secondFactorPage.pathname + secondFactorPage.search);
      } catch (error) {
        next(error);
      }
    },
  );

  router.post('/auth/sign-out', async (req, res, next) => {
    try {
      const token = readCookie(req, sessionCookieName(config));
      if (token !== undefined) {
        const em = orm.em.fork();
        const session = await findLiveSession(em, token, config, clock);
        await revokeSession(em, token, clock);
        if (session !== null) {
          recordAudit(em, {
            action: 'auth.sign_out',
            occurredAt: clock.now(),
            actorUserId: session.user.id,
            accountId: session.account?.id ?? null,
            ip: req.ip ?? null,
            requestId: String(req.id),
          });
          await em.flush();
        }
      }
      clearCookie(res, config, sessionCookieName(config));
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  router.post('/auth/sign-out-everywhere', async (req, res, next) => {
    try {
      const token = readCookie(req, sessionCookieName(config));
      const em = orm.em.fork();
      const session = token === undefined ? null : await findLiveSession(em, token, config, clock);
      if (session === null) {
        clearCookie(res, config, sessionCookieName(config));
        res
          .status(401)
          .json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' } });
        return;
      }
      const revoked = await revokeAllSessions(em, session.user.id, clock);
      recordAudit(em, {
        action: 'auth.sign_out_everywhere',
        occurredAt: clock.now(),
        actorUserId: session.user.id,
        accountId: session.account?.id ?? null,
        ip: req.ip ?? null,
        requestId: String(req.id),
        summary: { sessionsRevoked: revoked },
      });
      await em.flush();
      clearCookie(res, config, sessionCookieName(config));
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  return router;
}
