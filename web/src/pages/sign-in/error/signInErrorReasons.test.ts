import { explainSignInError, providerDetail } from './signInErrorReasons';

describe('explaining a failed sign-in', () => {
  it.each([
    ['state_mismatch', /can’t be used/],
    ['callback_failed', /couldn’t confirm/],
    ['provider_error', /provider reported a problem/],
    ['access_denied', /cancelled/],
    ['unknown_provider', /isn’t available/],
    ['expired', /took too long/],
    ['email_unverified', /isn’t verified/],
    ['email_in_use', /already has a Ledgerline sign-in/],
    ['identity_in_use', /belongs to someone else/],
    ['link_requires_sign_in', /Sign in before linking/],
  ])('has its own title for %s', (reason, title) => {
    expect(explainSignInError(reason).title).toMatch(title);
  });

  it('names the sign-in an e-mail address already has and the provider to link instead', () => {
    const body = explainSignInError('email_in_use', { detail: 'Google', provider: 'GitHub' }).body;
    expect(body).toMatch(/already signs in to Ledgerline with Google/);
    expect(body).toMatch(/link GitHub under Settings › Security/);
    expect(explainSignInError('email_in_use').body).toMatch(/with another sign-in method/);
    expect(explainSignInError('identity_in_use', { provider: 'Microsoft' }).title).toBe(
      'That Microsoft account belongs to someone else here',
    );
  });

  it('treats a cancelled sign-in as information, not an error', () => {
    expect(explainSignInError('access_denied').severity).toBe('info');
  });

  it('falls back to a general explanation for an unknown or missing reason', () => {
    expect(explainSignInError('toString').title).toBe('We couldn’t sign you in');
    expect(explainSignInError(null).title).toBe('We couldn’t sign you in');
  });

  it('shows the provider’s detail on one line, bounded in length', () => {
    expect(providerDetail('  invalid_client:\n bad secret ')).toBe('invalid_client: bad secret');
    expect(providerDetail('x'.repeat(500))?.length).toBe(200);
    expect(providerDetail('   ')).toBeNull();
  });
});
