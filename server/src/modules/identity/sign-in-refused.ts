/**
 * Why a sign-in (or linking a sign-in method) failed; the web app's /sign-in/error page explains
 * each reason. `detail` carries what the page needs to say more (the provider's own message, or
 * the sign-in methods an e-mail address already has).
 */
export const signInFailures = [
  'state_mismatch',
  'callback_failed',
  'provider_error',
  'access_denied',
  'unknown_provider',
  'expired',
  /** GitHub had no primary e-mail address that it had verified. */
  'email_unverified',
  /** A first sign-in whose e-mail address already belongs to a user with another sign-in. */
  'email_in_use',
  /** Linking an identity that already signs in another user. */
  'identity_in_use',
  /** Linking needs a complete sign-in (second factor included) in the same browser. */
  'link_requires_sign_in',
] as const;
export type SignInFailure = (typeof signInFailures)[number];

export class SignInRefused extends Error {
  constructor(
    readonly reason: SignInFailure,
    readonly detail?: string,
  ) {
    super(`sign-in refused: ${reason}`);
    this.name = 'SignInRefused';
  }
}
