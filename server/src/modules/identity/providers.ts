import * as oidc from 'openid-client';
import type { Config } from '../../config.js';
import { SignInRefused } from './sign-in-refused.js';

/** What a provider vouched for, after the ID token was verified. */
export interface VerifiedIdentity {
  provider: string;
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

/** What a provider vouched for about the person, after its answer was verified. */
export interface ProviderIdentity {
  /** The provider's stable id for the person (OIDC `sub`, GitHub's numeric user id). */
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

/** The single-use secrets of one sign-in attempt (kept server-side in `sign_in_attempt`). */
export interface AttemptSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A configured sign-in provider: OpenID Connect (Google, Microsoft, dev) or GitHub's OAuth 2.0. */
export interface SignInProvider {
  id: string;
  name: string;
  development: boolean;
  /** Where to send the browser to sign in. */
  authorizationUrl(attempt: AttemptSecrets, redirectUri: URL): Promise<URL>;
  /**
   * Completes the callback (`callback` is the URL the browser came back to): exchanges the code
   * and reads who signed in. Throws `SignInRefused` with what the person should be told.
   */
  identityFromCallback(callback: URL, attempt: AttemptSecrets): Promise<ProviderIdentity>;
}

export class SignInProviders {
  private readonly byId = new Map<string, SignInProvider>();

  add(provider: SignInProvider): void {
    this.byId.set(provider.id, provider);
  }

  get(id: string): SignInProvider | undefined {
    return this.byId.get(id);
  }

  list(): SignInProvider[] {
    return [...this.byId.values()];
  }
}

/** Names of every provider id Ledgerline knows, configured here or not (old identities). */
const providerNames: Record<string, string> = {
  google: 'Google',
  microsoft: 'Microsoft',
  github: 'GitHub',
  dev: 'Development sign-in',
};

export function providerName(id: string): string {
  return providerNames[id] ?? id;
}

interface OidcProviderOptions {
  id: string;
  name: string;
  development: boolean;
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The local development provider and test peers are reached over plain http. */
  allowHttp: boolean;
  authorizationParams?: Record<string, string>;
  clientAuthentication?: (secret: string) => oidc.ClientAuth;
  /** Whether the provider vouches for the e-mail claim; default: `email_verified` is true. */
  emailVerified?: (claims: oidc.IDToken) => boolean;
}

export function oidcProvider(options: OidcProviderOptions): SignInProvider {
  let pending: Promise<oidc.Configuration> | undefined;
  // Discovered lazily and cached; a failed discovery is retried on the next sign-in.
  const configuration = () => {
    pending ??= oidc
      .discovery(
        options.issuer,
        options.clientId,
        undefined,
        (options.clientAuthentication ?? oidc.ClientSecretBasic)(options.clientSecret),
        options.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
  const emailVerified = options.emailVerified ?? ((claims) => claims.email_verified === true);
  return {
    id: options.id,
    name: options.name,
    development: options.development,
    async authorizationUrl(attempt, redirectUri) {
      return oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri.toString(),
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
        code_challenge_method: 'S256',
        state: attempt.state,
        nonce: attempt.nonce,
        ...options.authorizationParams,
      });
    },
    async identityFromCallback(callback, attempt) {
      const config = await configuration();
      let claims: oidc.IDToken | undefined;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callback, {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (error) {
        throw Object.assign(new SignInRefused('callback_failed'), { cause: error });
      }
      if (claims === undefined || typeof claims.email !== 'string' || claims.email.length === 0) {
        throw new SignInRefused('callback_failed', 'The provider did not share an e-mail address.');
      }
      return {
        subject: claims.sub,
        email: claims.email,
        emailVerified: emailVerified(claims),
        name: typeof claims.name === 'string' ? claims.name : '',
      };
    },
  };
}

export function googleProvider(google: NonNullable<Config['google']>): SignInProvider {
  return oidcProvider({
    id: 'google',
    name: 'Google',
    development: false,
    issuer: new URL(google.issuer),
    clientId: google.clientId,
    clientSecret: google.clientSecret,
    allowHttp: false,
    authorizationParams: { prompt: 'select_account' },
  });
}

/**
 * Microsoft Entra ID. The multi-tenant issuers (`common`, `organizations`, `consumers`) publish
 * the template `https://login.microsoftonline.com/{tenantid}/v2.0` as their issuer; openid-client
 * accepts that for the login.microsoftonline.com origin when given the bare issuer URL (not the
 * `.well-known` one), and checks each ID token's `iss` against the template filled with its
 * `tid`. A tenant id or domain gets that tenant's own, exact issuer.
 *
 * Microsoft's `email` claim is whatever the directory holds, not a proven address: it counts as
 * verified only with `email_verified` or the `xms_edov` optional claim (domain owner verified).
 */
export function microsoftProvider(
  microsoft: NonNullable<Config['microsoft']>,
  options: { production: boolean },
): SignInProvider {
  const issuer = new URL(microsoft.issuer);
  return oidcProvider({
    id: 'microsoft',
    name: 'Microsoft',
    development: false,
    issuer,
    clientId: microsoft.clientId,
    clientSecret: microsoft.clientSecret,
    // MICROSOFT_ISSUER may name a local test provider; config.ts refuses http in production.
    allowHttp: !options.production && issuer.protocol === 'http:',
    clientAuthentication: oidc.ClientSecretPost,
    authorizationParams: { prompt: 'select_account' },
    emailVerified: (claims) => claims.email_verified === true || claims.xms_edov === true,
  });
}

export function callbackUrl(config: Pick<Config, 'publicUrl'>, providerId: string): URL {
  return new URL(`/auth/${providerId}/callback`, config.publicUrl);
}
