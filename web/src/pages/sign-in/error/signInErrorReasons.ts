import type { SignInErrorReason } from '../../../graphql/generated';

/**
 * The reasons the server puts in /sign-in/error?reason=… are the schema's `SignInErrorReason`
 * enum: `explanations` below is keyed by it, so a reason added on the server fails the typecheck
 * here until it is explained.
 */
export type { SignInErrorReason };

/**
 * What the server adds to some reasons: `provider`, the provider that was tried; `detail`, for
 * `email_in_use`, the sign-in methods the address already has (both untrusted URL text).
 */
export type SignInErrorContext = { provider?: string | null; detail?: string | null };

export type SignInErrorExplanation = {
  title: string;
  body: string;
  /** A cancelled sign-in is the user's own choice, not a fault. */
  severity: 'error' | 'info';
};

const explanations: Record<
  SignInErrorReason,
  SignInErrorExplanation | ((context: SignInErrorContext) => SignInErrorExplanation)
> = {
  state_mismatch: {
    title: 'This sign-in link can’t be used',
    body: 'For your security, each sign-in link works once, in the browser that started it. It may have been used already or opened in another browser. Start again from the sign-in page.',
    severity: 'error',
  },
  callback_failed: {
    title: 'We couldn’t confirm your sign-in',
    body: 'Your sign-in provider answered, but we couldn’t verify its answer, so we didn’t sign you in. Please try again; if it keeps happening, contact the administrator of this site.',
    severity: 'error',
  },
  provider_error: {
    title: 'Your sign-in provider reported a problem',
    body: 'The service you sign in with couldn’t complete the sign-in. Please try again in a moment.',
    severity: 'error',
  },
  access_denied: {
    title: 'Sign-in was cancelled',
    body: 'You cancelled the sign-in or didn’t allow access, so nothing changed. You can try again whenever you’re ready.',
    severity: 'info',
  },
  unknown_provider: {
    title: 'That sign-in option isn’t available',
    body: 'The sign-in method you used isn’t set up on this site. Choose one of the options on the sign-in page.',
    severity: 'error',
  },
  expired: {
    title: 'Sign-in took too long',
    body: 'The sign-in attempt expired before it finished. Please start again.',
    severity: 'error',
  },
  email_unverified: {
    title: 'Your GitHub e-mail address isn’t verified',
    body: 'Ledgerline signs you in with the primary e-mail address of your GitHub account, and only once GitHub has verified it. Verify it (or make a verified address primary) in your GitHub e-mail settings, then try again.',
    severity: 'error',
  },
  email_in_use: ({ provider, detail }) => {
    const tried = oneLine(provider) ?? 'this provider';
    const existing = oneLine(detail) ?? 'another sign-in method';
    return {
      title: 'This e-mail address already has a Ledgerline sign-in',
      body: `This e-mail address already signs in to Ledgerline with ${existing}. Sign in with it, then link ${tried} under Settings › Security. We never join two sign-ins on our own, so nobody can take over an account just by having the same address.`,
      severity: 'error',
    };
  },
  identity_in_use: ({ provider }) => {
    const tried = oneLine(provider) ?? 'sign-in provider';
    return {
      title: `That ${tried} account belongs to someone else here`,
      body: `The ${tried} account you chose already signs in to another Ledgerline user, so it can’t be linked to yours. Sign out of ${tried} and choose another account, or sign in with that account to use it.`,
      severity: 'error',
    };
  },
  link_requires_sign_in: {
    title: 'Sign in before linking a sign-in method',
    body: 'Linking another way to sign in needs you to be signed in — including your two-factor code, if you use one — in this browser. Sign in, then link it again from Settings › Security.',
    severity: 'error',
  },
};

/** Bounded, single-line text from the URL, or null when there is none. */
function oneLine(text: string | null | undefined, max = 80): string | null {
  const line = text?.replace(/\s+/g, ' ').trim();
  if (!line) return null;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const unexplained: SignInErrorExplanation = {
  title: 'We couldn’t sign you in',
  body: 'Something went wrong while signing you in. Please try again.',
  severity: 'error',
};

export function isSignInErrorReason(value: string): value is SignInErrorReason {
  return Object.hasOwn(explanations, value);
}

export function explainSignInError(
  reason: string | null,
  context: SignInErrorContext = {},
): SignInErrorExplanation {
  if (!reason || !isSignInErrorReason(reason)) return unexplained;
  const explanation = explanations[reason];
  return typeof explanation === 'function' ? explanation(context) : explanation;
}

/** The provider's own text is untrusted and unbounded; show a bounded, single-line version. */
export function providerDetail(detail: string | null): string | null {
  return oneLine(detail, 200);
}
