import { navigationFor } from '../navigation';
import type { SignedInViewer } from '../ViewerContext';

export type TourStep = {
  /** The navigation entry the step points at (its path). */
  path: string;
  title: string;
  body: string;
};

/** The guided tour of the main pages, in navigation order. */
const allSteps: readonly TourStep[] = [
  {
    path: '/',
    title: 'Overview',
    body: 'Your plan, the next invoice, what is due and usage against your limits at a glance. Anything that needs attention shows up here first.',
  },
  {
    path: '/billing/plans',
    title: 'Plans',
    body: 'Compare plans and change yours. Every change shows what you pay today and on the next invoice before you confirm it.',
  },
  {
    path: '/billing/invoices',
    title: 'Invoices',
    body: 'Every invoice, with filters and search. Open one to pay it or download its PDF.',
  },
  {
    path: '/members',
    title: 'Members',
    body: 'Who is in this account and with which role. Billing Admins invite people here; anyone can leave the account here.',
  },
  {
    path: '/settings/security',
    title: 'Security',
    body: 'Turn on two-factor sign-in for yourself. Billing Admins also manage API tokens here.',
  },
];

/** The steps this person can follow: only pages their navigation shows. */
export function tourStepsFor(viewer: SignedInViewer): TourStep[] {
  const visible = new Set(navigationFor(viewer).map((item) => item.path));
  return allSteps.filter((step) => visible.has(step.path));
}

/** Marks a navigation entry as the anchor of a tour step (desktop navigation only). */
export const tourAnchorAttribute = 'data-tour-anchor';

/** "Skip" hides the tour for the rest of this browser session; "Don't show again" is for good. */
export const tourSkippedKey = 'ledgerline.tour.skipped';
