/**
 * Where sign-in starts and where it comes back to. `returnTo` travels through the URL, so it is
 * untrusted: only a same-origin path is ever followed (the server checks it again).
 */

const signInPagePath = '/sign-in';

/** A same-origin path to continue to after sign-in, or "/" when the value could lead elsewhere. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value) return '/';
  // "//evil.example" and "/\evil.example" are protocol-relative URLs to browsers.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we reject
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/';
  // Coming back to the sign-in page itself would loop.
  if (value === signInPagePath || value.startsWith(`${signInPagePath}/`)) return '/';
  if (value.startsWith(`${signInPagePath}?`)) return '/';
  return value;
}

/** The sign-in page, remembering where the visitor wanted to go. */
export function signInPath(returnTo: string): string {
  const target = safeReturnTo(returnTo);
  return target === '/'
    ? signInPagePath
    : `${signInPagePath}?returnTo=${encodeURIComponent(target)}`;
}

/** Where a sign-in that owes its second factor asks for the code (the server redirects here). */
export const secondFactorPagePath = '/sign-in/two-factor';

/** Where members of an account that requires two-factor sign-in set it up before anything else. */
export const twoFactorSetupPagePath = '/sign-in/two-factor/setup';

/** One of the pages that finish a sign-in, remembering where the visitor wanted to go. */
export function finishSignInPath(
  page: typeof secondFactorPagePath | typeof twoFactorSetupPagePath,
  returnTo: string,
): string {
  const target = safeReturnTo(returnTo);
  return target === '/' ? page : `${page}?returnTo=${encodeURIComponent(target)}`;
}

/** The server route that starts OpenID Connect sign-in with a provider (a full-page navigation). */
export function authStartUrl(providerId: string, returnTo: string): string {
  return `/auth/${encodeURIComponent(providerId)}/start?returnTo=${encodeURIComponent(
    safeReturnTo(returnTo),
  )}`;
}

/** The Security page, where a signed-in person links and unlinks sign-in methods. */
export const securityPagePath = '/settings/security';

/**
 * The server route that links another sign-in method to the signed-in person (a full-page
 * navigation through the provider); it comes back to the Security page with `?linked=<id>`.
 */
export function authLinkUrl(providerId: string): string {
  return `/auth/${encodeURIComponent(providerId)}/start?link=1&returnTo=${encodeURIComponent(
    securityPagePath,
  )}`;
}
