import * as oidc from 'openid-client';
import type { Config } from '../../config.js';
import type { ProviderIdentity, SignInProvider } from './providers.js';
import { SignInRefused } from './sign-in-refused.js';

/**
 * GitHub sign-in: OAuth 2.0 authorization code with state and PKCE (GitHub is not an OpenID
 * Connect provider, so there is no ID token), then who signed in from the REST API: `GET /user`
 * for the numeric id (the subject; logins can be renamed) and `GET /user/emails` for the
 * address. Only the primary address, and only when GitHub has verified it, is accepted.
 */

interface GitHubUser {
  id: number;
  login: string;
  name: string | null;
}

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

const apiTimeoutMs = 10_000;

export function githubProvider(
  github: NonNullable<Config['github']>,
  options: { production: boolean },
): SignInProvider {
  const oauthUrl = new URL(github.oauthUrl);
  const configuration = new oidc.Configuration(
    {
      issuer: oauthUrl.origin,
      authorization_endpoint: new URL('/login/oauth/authorize', oauthUrl).toString(),
      token_endpoint: new URL('/login/oauth/access_token', oauthUrl).toString(),
    },
    github.clientId,
    undefined,
    oidc.ClientSecretPost(github.clientSecret),
  );
  // GITHUB_OAUTH_URL may name the tests' local stand-in; config.ts refuses http in production.
  if (!options.production && oauthUrl.protocol === 'http:') {
    oidc.allowInsecureRequests(configuration);
  }

  async function api<T>(path: string, accessToken: string): Promise<T> {
    const response = await fetch(new URL(path, withSlash(github.apiUrl)), {
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${accessToken}`,
        'user-agent': 'Ledgerline',
        'x-github-api-version': '2022-11-28',
      },
      signal: AbortSignal.timeout(apiTimeoutMs),
    });
    if (!response.ok) {
      throw new SignInRefused(
        'provider_error',
        `GitHub answered ${response.status} when asked for your ${path === 'user' ? 'profile' : 'e-mail addresses'}.`,
      );
    }
    return (await response.json()) as T;
  }

  return {
    id: 'github',
    name: 'GitHub',
    development: false,
    async authorizationUrl(attempt, redirectUri) {
      return oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri.toString(),
        scope: 'read:user user:email',
        code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
        code_challenge_method: 'S256',
        state: attempt.state,
      });
    },
    async identityFromCallback(callback, attempt): Promise<ProviderIdentity> {
      let accessToken: string;
      try {
        const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: attempt.state,
        });
        accessToken = tokens.access_token;
      } catch (error) {
        throw Object.assign(new SignInRefused('callback_failed'), { cause: error });
      }
      const user = await api<GitHubUser>('user', accessToken);
      const emails = await api<GitHubEmail[]>('user/emails', accessToken);
      const primary = Array.isArray(emails) ? emails.find((e) => e.primary === true) : undefined;
      if (primary === undefined || primary.verified !== true || typeof user.id !== 'number') {
        throw new SignInRefused('email_unverified');
      }
      return {
        subject: String(user.id),
        email: primary.email,
        emailVerified: true,
        name: user.name ?? user.login,
      };
    },
  };
}

/** `new URL('user', base)` keeps a base path (GitHub Enterprise: /api/v3) only with a slash. */
function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
