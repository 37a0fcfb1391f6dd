import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import Provider, { interactionPolicy, type Configuration } from 'oidc-provider';

/**
 * Sign-in peers for tests, each on a free local port:
 *
 * - `startMicrosoftPeer`: a real OpenID Connect provider (oidc-provider) playing Microsoft Entra
 *   ID for one tenant: issuer `<origin>/<tenant id>/v2.0`, client_secret_post, `tid` in the ID
 *   token and `prompt=select_account` accepted. Ledgerline's Microsoft sign-in runs the same
 *   discovery, code + PKCE exchange and ID-token checks against it as against Microsoft. The
 *   person "typing" at the provider is set with `signInAs`; the login page is skipped.
 * - `startGitHubStandIn`: a DECLARED STAND-IN for GitHub, which has no local real peer: just
 *   enough of GitHub's OAuth app endpoints (/login/oauth/authorize, /login/oauth/access_token,
 *   with state and PKCE S256) and REST API (GET /user, GET /user/emails) for the sign-in flow,
 *   answering as GitHub documents them (including its 200 + `error` token failures).
 */

async function listen(app: Express): Promise<{ server: Server; origin: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface MicrosoftPerson {
  /** The pairwise subject Microsoft gives this app. */
  sub: string;
  email: string;
  name: string;
  /** The `xms_edov` optional claim: the e-mail's domain is verified by its owner. */
  emailDomainVerified?: boolean;
}

export interface MicrosoftPeer {
  issuer: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Registers Ledgerline's callback URL (known once the test server listens). */
  allowRedirectTo(redirectUri: string): void;
  /** Who signs in at the next authorization request. */
  signInAs(person: MicrosoftPerson): void;
  close(): Promise<void>;
}

export async function startMicrosoftPeer(): Promise<MicrosoftPeer> {
  const tenantId = randomUUID();
  const clientId = randomUUID();
  const clientSecret = randomBytes(24).toString('base64url');
  const path = `/${tenantId}/v2.0`;
  const people = new Map<string, MicrosoftPerson>();
  let next: MicrosoftPerson | undefined;
  let provider: Provider | undefined;
  const app = express();
  const { server, origin } = await listen(app);
  const issuer = `${origin}${path}`;

  app.get(`${path}/interaction/:uid`, async (req, res, next_) => {
    try {
      const oidc = provider!;
      const details = await oidc.interactionDetails(req, res);
      if (details.prompt.name === 'consent') {
        const grant = new oidc.Grant({
          accountId: details.session!.accountId,
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope('openid email profile');
        const grantId = await grant.save();
        await oidc.interactionFinished(
          req,
          res,
          { consent: { grantId } },
          { mergeWithLastSubmission: true },
        );
        return;
      }
      if (next === undefined) throw new Error('MicrosoftPeer: call signInAs() first');
      people.set(next.sub, next);
      await oidc.interactionFinished(
        req,
        res,
        { login: { accountId: next.sub }, select_account: {} },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      next_(error);
    }
  });
  app.use(path, (req, res) => {
    if (provider === undefined) {
      res.status(503).end();
      return;
    }
    void provider.callback()(req, res);
  });

  return {
    issuer,
    tenantId,
    clientId,
    clientSecret,
    allowRedirectTo(redirectUri) {
      const policy = interactionPolicy.base();
      policy.add(new interactionPolicy.Prompt({ name: 'select_account', requestable: true }), 0);
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const configuration: Configuration = {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        jwks: {
          keys: [
            { ...privateKey.export({ format: 'jwk' }), kid: 'peer', use: 'sig', alg: 'RS256' },
          ],
        },
        cookies: { keys: [randomBytes(32).toString('base64url')] },
        claims: {
          openid: ['sub', 'tid'],
          email: ['email', 'xms_edov'],
          profile: ['name', 'preferred_username'],
        },
        scopes: ['openid', 'email', 'profile'],
        conformIdTokenClaims: false,
        pkce: { required: () => true },
        features: { devInteractions: { enabled: false } },
        interactions: { policy, url: (_ctx, i) => `${path}/interaction/${i.uid}` },
        findAccount: (_ctx, sub) => {
          const person = people.get(sub);
          if (person === undefined) return undefined;
          return {
            accountId: sub,
            claims: () => ({
              sub,
              tid: tenantId,
              email: person.email,
              preferred_username: person.email,
              name: person.name,
              ...(person.emailDomainVerified ? { xms_edov: true } : {}),
            }),
          };
        },
      };
      provider = new Provider(issuer, configuration);
    },
    signInAs(person) {
      next = person;
    },
    close: () => close(server),
  };
}

export interface GitHubPerson {
  id: number;
  login: string;
  name: string | null;
  emails: { email: string; primary: boolean; verified: boolean }[];
}

export interface GitHubStandIn {
  /** GITHUB_OAUTH_URL and GITHUB_API_URL. */
  origin: string;
  clientId: string;
  clientSecret: string;
  signInAs(person: GitHubPerson): void;
  close(): Promise<void>;
}

export async function startGitHubStandIn(): Promise<GitHubStandIn> {
  const clientId = `Iv1.${randomBytes(8).toString('hex')}`;
  const clientSecret = randomBytes(20).toString('hex');
  const codes = new Map<
    string,
    { person: GitHubPerson; redirectUri: string; challenge: string | undefined }
  >();
  const tokens = new Map<string, GitHubPerson>();
  let next: GitHubPerson | undefined;
  const app = express();

  // The person approves at once (GitHub skips the screen for an app they authorised before).
  app.get('/login/oauth/authorize', (req, res) => {
    const { client_id, redirect_uri, state, code_challenge, code_challenge_method } = req.query;
    if (client_id !== clientId || typeof redirect_uri !== 'string' || next === undefined) {
      res.status(400).send('bad authorization request');
      return;
    }
    if (code_challenge !== undefined && code_challenge_method !== 'S256') {
      res.status(400).send('code_challenge_method must be S256');
      return;
    }
    const code = randomBytes(10).toString('hex');
    codes.set(code, {
      person: next,
      redirectUri: redirect_uri,
      challenge: typeof code_challenge === 'string' ? code_challenge : undefined,
    });
    const back = new URL(redirect_uri);
    back.searchParams.set('code', code);
    if (typeof state === 'string') back.searchParams.set('state', state);
    res.redirect(302, back.toString());
  });

  app.post('/login/oauth/access_token', express.urlencoded({ extended: false }), (req, res) => {
    const body = req.body as Record<string, string | undefined>;
    // GitHub answers token errors with 200 and an `error` member.
    const error = (code: string) => res.json({ error: code, error_description: code });
    if (body.client_id !== clientId || body.client_secret !== clientSecret) {
      return error('incorrect_client_credentials');
    }
    const grant = body.code === undefined ? undefined : codes.get(body.code);
    if (body.code !== undefined) codes.delete(body.code);
    if (grant === undefined || grant.redirectUri !== body.redirect_uri) {
      return error('bad_verification_code');
    }
    if (grant.challenge !== undefined) {
      const verifier = body.code_verifier ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) {
        return error('bad_verification_code');
      }
    }
    const token = `gho_${randomBytes(18).toString('hex')}`;
    tokens.set(token, grant.person);
    res.json({ access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
  });

  const personOf = (authorization: string | undefined) =>
    authorization?.startsWith('Bearer ') ? tokens.get(authorization.slice(7)) : undefined;
  app.get('/user', (req, res) => {
    const person = personOf(req.get('authorization'));
    if (person === undefined) return res.status(401).json({ message: 'Bad credentials' });
    res.json({ id: person.id, login: person.login, name: person.name });
  });
  app.get('/user/emails', (req, res) => {
    const person = personOf(req.get('authorization'));
    if (person === undefined) return res.status(401).json({ message: 'Bad credentials' });
    res.json(person.emails.map((e) => ({ ...e, visibility: e.primary ? 'private' : null })));
  });

  const { server, origin } = await listen(app);
  return {
    origin,
    clientId,
    clientSecret,
    signInAs(person) {
      next = person;
    },
    close: () => close(server),
  };
}
