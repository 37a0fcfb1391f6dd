import express, { type Request, type Response, type Router } from 'express';
import * as oidc from 'openid-client';
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
import { signIn } from './sign-in.service.js';
import { hasConfirmedTwoFactor } from './two-factor/two-factor.service.js';

/** Why a sign-in failed; the web app's /sign-in/error page explains each. */
export type SignInFailure =
  | 'state_mismatch'
  | 'callback_failed'
  | 'provider_error'
  | 'access_denied'
  | 'unknown_provider'
  | 'expired';

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

export interface AuthRoutesDeps {
  config: Config;
  orm: Orm;
  clock: Clock;
  providers: SignInProviders;
}

export function authRoutes({ config, orm, clock, providers }: AuthRoutesDeps): Router {
  const router = express.Router();
  const limits = rateLimitsOf(config);

  /** Sends the browser to the error page, and records the failed sign-in (no person known yet). */
  const fail = async (req: Request, res: Response, reason: SignInFailure, detail?: string) => {
    req.log.warn({ reason, detail }, 'sign-in failed');
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
    clearCookie(res, config, signInCookieName(config));
    const target = new URL('/sign-in/error', config.publicUrl);
    target.searchParams.set('reason', reason);
    if (detail !== undefined) target.searchParams.set('detail', detail.slice(0, 200));
    res.redirect(303, target.pathname + target.search);
  };

  router.get(
    '/auth/:provider/start',
    perIpRateLimit({ orm, clock }, limits.signInStart),
    async (req, res, next) => {
      try {
        const provider = providers.get(String(req.params.provider));
        if (provider === undefined) return await fail(req, res, 'unknown_provider');
        const configuration = await provider.configuration();
        const codeVerifier = oidc.randomPKCECodeVerifier();
        const state = oidc.randomState();
        const nonce = oidc.randomNonce();
        const token = newToken();
        const now = clock.now();
        const em = orm.em.fork();
        em.create(SignInAttempt, {
          id: hashToken(token),
          provider: provider.id,
          state,
          nonce,
          codeVerifier,
          returnTo: safeReturnTo(req.query.returnTo),
          createdAt: now,
          expiresAt: new Date(now.getTime() + attemptTtlMs),
        });
        await em.flush();
        writeCookie(res, config, signInCookieName(config), token, { maxAge: attemptTtlMs / 1000 });
        const url = oidc.buildAuthorizationUrl(configuration, {
          redirect_uri: callbackUrl(config, provider.id).toString(),
          scope: 'openid email profile',
          code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
          state,
          nonce,
          ...provider.authorizationParams,
        });
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
            expires_at: Date;
          }[]
        >('delete from sign_in_attempt where id = ? returning *', [hashToken(token)]);
        const attempt = rows[0];
        if (attempt === undefined || attempt.provider !== provider.id) {
          return await fail(req, res, 'state_mismatch');
        }
        if (new Date(attempt.expires_at) <= clock.now()) return await fail(req, res, 'expired');
        if (req.query.state !== attempt.state) return await fail(req, res, 'state_mismatch');
        if (typeof req.query.error === 'string') {
          return req.query.error === 'access_denied'
            ? await fail(req, res, 'access_denied')
            : await fail(
                req,
                res,
                'provider_error',
                String(req.query.error_description ?? req.query.error),
              );
        }
        const configuration = await provider.configuration();
        const current = new URL(req.originalUrl, config.publicUrl);
        let claims: oidc.IDToken | undefined;
        try {
          const tokens = await oidc.authorizationCodeGrant(configuration, current, {
            pkceCodeVerifier: attempt.code_verifier,
            expectedState: attempt.state,
            expectedNonce: attempt.nonce,
            idTokenExpected: true,
          });
          claims = tokens.claims();
        } catch (error) {
          req.log.warn({ err: error }, 'authorization code exchange failed');
          return await fail(req, res, 'callback_failed');
        }
        if (claims === undefined || typeof claims.email !== 'string' || claims.email.length === 0) {
          return await fail(
            req,
            res,
            'callback_failed',
            'The provider did not share an e-mail address.',
          );
        }
        const ip = req.ip ?? null;
        const result = await signIn(
          em,
          {
            provider: provider.id,
            subject: claims.sub,
            email: claims.email,
            emailVerified: claims.email_verified === true,
            name: typeof claims.name === 'string' ? claims.name : '',
          },
          clock,
          { ip, requestId: String(req.id) },
          // Signing in from an invitation link: a new user joins that account.
          { invitationToken: invitationTokenIn(safeReturnTo(attempt.return_to)) },
        );
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
