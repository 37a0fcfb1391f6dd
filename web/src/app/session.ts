export type SignOutScope = 'this-browser' | 'everywhere';

const signOutRoutes: Record<SignOutScope, string> = {
  'this-browser': '/auth/sign-out',
  everywhere: '/auth/sign-out-everywhere',
};

/**
 * Ends this session (or every session of the user) on the server. A 401 means the session had
 * already ended, which is the outcome the user asked for.
 */
export async function signOut(scope: SignOutScope): Promise<void> {
  const response = await fetch(signOutRoutes[scope], {
    method: 'POST',
    credentials: 'same-origin',
  });
  if (!response.ok && response.status !== 401) {
    throw new Error(`Sign-out failed with HTTP ${response.status}`);
  }
}

/** A full page load drops every cached query of the signed-out user. */
export function goToSignIn(): void {
  window.location.assign('/sign-in');
}
