import { safeReturnTo } from './signInLinks';

/** The first-run wizard (pages/welcome). */
export const welcomePath = '/welcome';

/** The wizard, remembering the page to continue to afterwards. */
export function welcomePathFor(returnTo: string): string {
  const target = safeReturnTo(returnTo);
  return target === '/' || target.startsWith(welcomePath)
    ? welcomePath
    : `${welcomePath}?returnTo=${encodeURIComponent(target)}`;
}
