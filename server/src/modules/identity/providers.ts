import * as oidc from 'openid-client';
import type { Config } from '../../config.js';

/** A configured OpenID Connect sign-in provider. */
export interface SignInProvider {
  id: string;
  name: string;
  development: boolean;
  /** Extra authorization request parameters, e.g. Google's account chooser. */
  authorizationParams: Record<string, string>;
  /** Discovered lazily and cached; a failed discovery is retried on the next sign-in. */
  configuration(): Promise<oidc.Configuration>;
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

interface ProviderOptions {
  id: string;
  name: string;
  development: boolean;
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Only the local development provider is reached over plain http. */
  allowHttp: boolean;
  authorizationParams?: Record<string, string>;
}

export function oidcProvider(options: ProviderOptions): SignInProvider {
  let pending: Promise<oidc.Configuration> | undefined;
  return {
    id: options.id,
    name: options.name,
    development: options.development,
    authorizationParams: options.authorizationParams ?? {},
    configuration() {
      pending ??= oidc
        .discovery(
          options.issuer,
          options.clientId,
          undefined,
          oidc.ClientSecretBasic(options.clientSecret),
          options.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          pending = undefined;
          throw error;
        });
      return pending;
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

export function callbackUrl(config: Pick<Config, 'publicUrl'>, providerId: string): URL {
  return new URL(`/auth/${providerId}/callback`, config.publicUrl);
}
