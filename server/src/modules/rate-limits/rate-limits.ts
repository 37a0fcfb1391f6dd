import type { Config } from '../../config.js';
import type { RateLimit } from './rate-limit.service.js';

const minuteMs = 60_000;

/**
 * Every per-address limit, in one place (docs/OPERATIONS.md lists them). Sign-in limits count
 * each step of a sign-in separately, so SIGN_IN_LIMIT_PER_IP is the number of sign-ins an address
 * (an office behind one NAT address, say) can make in ten minutes.
 */
export function rateLimitsOf(config: Pick<Config, 'rateLimits'>) {
  const signIn = (bucket: string): RateLimit => ({
    bucket,
    limit: config.rateLimits.signInPerIp,
    windowMs: 10 * minuteMs,
  });
  return {
    /** GET /auth/:provider/start. */
    signInStart: signIn('sign_in_start'),
    /** GET /auth/:provider/callback (each completes or fails one sign-in). */
    signInCallback: signIn('sign_in_callback'),
    /** POST of the development sign-in form (/dev-oidc/interaction/:uid/login). */
    devSignInForm: signIn('dev_sign_in_form'),
    /** createApiToken: a person creates a few tokens; dozens an hour is a script. */
    apiTokenCreate: { bucket: 'api_token_create', limit: 60, windowMs: 60 * minuteMs },
    /**
     * Failed `Authorization: Bearer` attempts. Guessing a 256-bit secret is hopeless anyway; this
     * keeps a misconfigured or hostile client from turning every bad guess into a token lookup.
     */
    bearerFailures: { bucket: 'bearer_failure', limit: 20, windowMs: minuteMs },
  } satisfies Record<string, RateLimit>;
}

export type RateLimits = ReturnType<typeof rateLimitsOf>;

/** The longest window above: counters older than this are purged. */
export const longestRateLimitWindowMs = 60 * minuteMs;
