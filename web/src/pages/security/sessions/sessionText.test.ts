import { lastSeenPhrase, lastSeenText, otherSessionsText, providerName } from './sessionText';

describe('lastSeenText', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it.each([
    [0, 'Active now'],
    [119_000, 'Active now'],
    [5 * 60_000, '5 minutes ago'],
    [3 * 3_600_000, '3 hours ago'],
    [26 * 3_600_000, 'yesterday'],
    [3 * 86_400_000, '3 days ago'],
    [15 * 86_400_000, '2 weeks ago'],
    [400 * 86_400_000, 'last year'],
  ])('%i ms ago reads as %s', (ms, expected) => {
    expect(lastSeenText(before(ms), now)).toBe(expected);
  });
});

describe('lastSeenPhrase', () => {
  it('reads inside a sentence', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(lastSeenPhrase('2026-11-20T11:59:30Z', now)).toBe('active just now');
    expect(lastSeenPhrase('2026-11-20T09:00:00Z', now)).toBe('last seen 3 hours ago');
  });
});

describe('providerName', () => {
  it('names the known providers and passes others through', () => {
    expect(providerName('google')).toBe('Google');
    expect(providerName('dev')).toBe('Development sign-in');
    expect(providerName('okta')).toBe('okta');
  });
});

describe('otherSessionsText', () => {
  it('counts in words', () => {
    expect(otherSessionsText(1)).toBe('1 other session');
    expect(otherSessionsText(3)).toBe('3 other sessions');
  });
});
