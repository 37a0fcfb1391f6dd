import {
  authStartUrl,
  finishSignInPath,
  safeReturnTo,
  secondFactorPagePath,
  signInPath,
  twoFactorSetupPagePath,
} from './signInLinks';

describe('where sign-in returns to', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeReturnTo('/settings/account?tab=name')).toBe('/settings/account?tab=name');
  });

  it.each([
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/path'],
    ['a backslash trick browsers read as protocol-relative', '/\\evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a header-splitting newline', '/ok\r\nSet-Cookie: x=1'],
    ['the sign-in page itself', '/sign-in?returnTo=%2F'],
    ['nothing at all', null],
  ])('goes home instead of following %s', (_case, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('builds the sign-in link with the path encoded', () => {
    expect(signInPath('/settings/account?tab=name')).toBe(
      '/sign-in?returnTo=%2Fsettings%2Faccount%3Ftab%3Dname',
    );
    expect(signInPath('/')).toBe('/sign-in');
  });

  it('sends an unfinished sign-in to its second-factor or set-up page, keeping where it goes next', () => {
    expect(finishSignInPath(secondFactorPagePath, '/billing/plans')).toBe(
      '/sign-in/two-factor?returnTo=%2Fbilling%2Fplans',
    );
    expect(finishSignInPath(twoFactorSetupPagePath, '/')).toBe('/sign-in/two-factor/setup');
    expect(finishSignInPath(secondFactorPagePath, '/sign-in/two-factor')).toBe(
      '/sign-in/two-factor',
    );
  });

  it('builds the provider start URL the server expects', () => {
    expect(authStartUrl('google', '/settings/account')).toBe(
      '/auth/google/start?returnTo=%2Fsettings%2Faccount',
    );
  });
});
