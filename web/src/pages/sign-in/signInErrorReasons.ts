/** The reasons the server puts in /sign-in/error?reason=… when sign-in fails. */
export type SignInErrorReason =
  | 'state_mismatch'
  | 'callback_failed'
  | 'provider_error'
  | 'access_denied'
  | 'unknown_provider'
  | 'expired';

export type SignInErrorExplanation = {
  title: string;
  body: string;
  /** A cancelled sign-in is the user's own choice, not a fault. */
  severity: 'error' | 'info';
};

const explanations: Record<SignInErrorReason, SignInErrorExplanation> = {
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
};

const unexplained: SignInErrorExplanation = {
  title: 'We couldn’t sign you in',
  body: 'Something went wrong while signing you in. Please try again.',
  severity: 'error',
};

export function isSignInErrorReason(value: string): value is SignInErrorReason {
  return Object.hasOwn(explanations, value);
}

export function explainSignInError(reason: string | null): SignInErrorExplanation {
  return reason && isSignInErrorReason(reason) ? explanations[reason] : unexplained;
}

/** The provider's own text is untrusted and unbounded; show a bounded, single-line version. */
export function providerDetail(detail: string | null): string | null {
  const text = detail?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
