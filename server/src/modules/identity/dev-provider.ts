import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import express, { type Router } from 'express';
import Provider, { type Configuration } from 'oidc-provider';
import type { Config } from '../../config.js';
import { isStorableText } from '../../guard/text.js';
import type { Logger } from '../../logging.js';
import { oidcProvider, callbackUrl, type SignInProvider } from './providers.js';
import { renderDevSignInPage } from './dev-sign-in-page.js';

/**
 * "Development sign-in": a real OpenID Connect provider (oidc-provider) served by this process at
 * /dev-oidc, standing in for Google on machines without Google credentials. Its login page takes
 * any e-mail and name; openid-client then completes the same authorization-code + PKCE flow
 * against it as it does against Google. It refuses to exist in production.
 */
export const devIssuerPath = '/dev-oidc';

export interface DevSignIn {
  provider: SignInProvider;
  /** Mount at the root of the app: serves /dev-oidc/interaction/* and the OIDC endpoints. */
  router: Router;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Stable subject per e-mail, so signing in again with the same address is the same person. */
export function devSubject(email: string): string {
  return 'dev-' + createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 24);
}

export function createDevSignIn(config: Config, log: Logger): DevSignIn {
  if (config.production) {
    throw new Error('The development sign-in provider refuses to start in production.');
  }
  const issuer = new URL(devIssuerPath, config.publicUrl).toString();
  const clientId = 'ledgerline-dev';
  const clientSecret = randomBytes(24).toString('base64url');
  // People signed in through this provider since start-up: subject -> claims.
  const people = new Map<string, { email: string; name: string }>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [callbackUrl(config, 'dev').toString()],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...jwk, kid: 'dev-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    // Put the e-mail and name in the ID token itself, as Google does.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${devIssuerPath}/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      if (person === undefined) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: person.email, email_verified: true, name: person.name }),
      };
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderDevSignInPage({
        title: 'Development sign-in failed',
        error: String(out.error_description ?? out.error ?? 'The request could not be processed.'),
      });
    },
    ttl: {
      Session: 3600,
      Interaction: 600,
      Grant: 3600,
      AuthorizationCode: 60,
      IdToken: 600,
      AccessToken: 600,
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = config.trustProxy;
  provider.on('server_error', (_ctx, error) =>
    log.error({ err: error }, 'dev sign-in provider error'),
  );

  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  router.get(`${devIssuerPath}/interaction/:uid`, async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        res.type('html').send(renderDevSignInPage({ uid: details.uid }));
        return;
      }
      // Consent is implied: this provider only serves Ledgerline itself.
      const accountId = details.session?.accountId;
      const clientIdParam = details.params.client_id;
      if (accountId === undefined || typeof clientIdParam !== 'string') {
        throw new Error('interaction without a signed-in person');
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId: clientIdParam });
      if (grant === undefined) throw new Error('grant not found');
      grant.addOIDCScope('openid email profile');
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    } catch (error) {
      next(error);
    }
  });

  router.post(`${devIssuerPath}/interaction/:uid/login`, form, async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const body = req.body as Record<string, unknown>;
      const email = String(body.email ?? '')
        .trim()
        .toLowerCase();
      // By code points, so the cut never leaves half of a surrogate pair.
      const name = Array.from(String(body.name ?? '').trim())
        .slice(0, 100)
        .join('');
      const error =
        !emailPattern.test(email) || email.length > 254 || !isStorableText(email)
          ? 'Enter a valid e-mail address, such as ada@example.com.'
          : !isStorableText(name)
            ? 'Enter a name without NUL characters or broken Unicode.'
            : null;
      if (error !== null) {
        res
          .status(400)
          .type('html')
          .send(
            renderDevSignInPage({
              uid: details.uid,
              email,
              name,
              error,
            }),
          );
        return;
      }
      const sub = devSubject(email);
      people.set(sub, { email, name: name.length > 0 ? name : (email.split('@')[0] ?? email) });
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: sub } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      next(error);
    }
  });

  router.post(`${devIssuerPath}/interaction/:uid/cancel`, form, async (req, res, next) => {
    try {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      next(error);
    }
  });

  router.use(devIssuerPath, provider.callback());

  return {
    provider: oidcProvider({
      id: 'dev',
      name: 'Development sign-in',
      development: true,
      issuer: new URL(issuer),
      clientId,
      clientSecret,
      allowHttp: true,
      // Always show the form, so signing out and in again can switch person.
      authorizationParams: { prompt: 'login' },
    }),
    router,
  };
}
