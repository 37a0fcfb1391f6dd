import express, { type Request, type Response, type Router } from 'express';
import * as oidc from 'openid-client';
import { resolveAuthState } from './auth-state.js';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Orm } from '../../db/handles.js';
import { recordAudit } from '../audit/index.js';
import { perIpRateLimit, rateLimitsOf } from '../rate-limits/index.js';
import {
  callbackUrl,
  clearCookie,
  findLiveSession,
  hashToken,
  newToken,
  readCookie,
  revokeAllSessions,
  revokeSession,
  sessionCookieName,
  SignInAttempt,
  signInCookieName,
  type SignInFailure,
  type SignInProviders,
  writeCookie,
} from '../identity/index.js';
import { completeSignIn, safeReturnTo } from './sign-in-callback.service.js';

const attemptTtlMs = 10 * 60_000;

export { safeReturnTo, secondFactorPagePath } from './sign-in-callback.service.js';

export type { SignInFailure } from '../identity/index.js';

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
        const outcome = await completeSignIn(
          orm.em.fork(),
          {
            providerId: String(req.params.provider),
            attemptToken: readCookie(req, signInCookieName(config)),
            sessionToken: readCookie(req, sessionCookieName(config)),
            callbackUrl: new URL(req.originalUrl, config.publicUrl),
            query: {
              state: req.query.state,
              error: req.query.error,
              errorDescription: req.query.error_description,
            },
            ip: req.ip ?? null,
            requestId: String(req.id),
            userAgent: req.get('user-agent') ?? null,
          },
          { config, clock, providers },
        );
        switch (outcome.kind) {
          case 'failed': {
            const { reason, cause, ...extra } = outcome;
            if (cause !== undefined) {
              req.log.warn({ err: cause }, 'authorization code exchange failed');
            }
            return await fail(req, res, reason, extra);
          }
          case 'linked':
            clearCookie(res, config, signInCookieName(config));
            req.log.info(
              { userId: outcome.userId, provider: outcome.providerId },
              'sign-in method linked',
            );
            return res.redirect(303, outcome.redirectTo);
          case 'signed_in':
            clearCookie(res, config, signInCookieName(config));
            writeCookie(res, config, sessionCookieName(config), outcome.sessionToken, {
              maxAge: Math.floor(config.session.absoluteMs / 1000),
            });
            req.log.info(
              {
                userId: outcome.userId,
                created: outcome.created,
                secondFactorPending: outcome.secondFactorPending,
              },
              'signed in',
            );
            return res.redirect(303, outcome.redirectTo);
        }
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
