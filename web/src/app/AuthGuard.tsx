import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import Box from '@mui/material/Box';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { useViewerQuery } from '../graphql/generated';
import { describeError } from './graphqlErrors';
import {
  finishSignInPath,
  secondFactorPagePath,
  signInPath,
  twoFactorSetupPagePath,
} from './signInLinks';
import { ViewerProvider, type SignedInViewer } from './ViewerContext';
import { welcomePath, welcomePathFor } from './welcomeLinks';

/**
 * A Billing Admin of an account nobody has set up yet (new sign-up) starts at the first-run
 * wizard; "Skip for now" or finishing it ends that. Other roles never see it: invitees join an
 * account someone else runs. Nor does a suspended account: it is read-only, so the server would
 * refuse the wizard's answers (ACCOUNT_SUSPENDED) after they were typed.
 */
export function owesOnboarding(viewer: SignedInViewer): boolean {
  const account = viewer.account;
  return (
    viewer.role === 'BILLING_ADMIN' &&
    account != null &&
    account.onboardedAt == null &&
    account.onboardingSkippedAt == null &&
    account.suspendedAt == null
  );
}

const backOfficePath = '/operator';

function isBackOfficePath(pathname: string): boolean {
  return pathname === backOfficePath || pathname.startsWith(`${backOfficePath}/`);
}

/** Vendor staff, whether or not they may act as operators yet (two-factor first). */
function isOperatorStaff(viewer: SignedInViewer): boolean {
  return viewer.isOperator || viewer.operatorNeedsTwoFactor;
}

/**
 * Every app page needs a session: signed-out visitors go to sign-in and come back afterwards. A
 * sign-in that still owes its second factor, or whose account requires two-factor sign-in the
 * person has not set up, is finished first (the server refuses everything else meanwhile). A new
 * account's Billing Admin is taken to the first-run wizard, and from there back to the page.
 */
export function AuthGuard({
  children,
  pending = <LoadingState fullScreen label="Loading your account…" />,
}: {
  children: ReactNode;
  /** Shown until the first answer says who is signed in (AppRoutes passes the app's frame). */
  pending?: ReactNode;
}) {
  const location = useLocation();
  const { data, loading, error, refetch } = useViewerQuery({ notifyOnNetworkStatusChange: true });

  if (loading && !data) return pending;

  if (error && !data) {
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <ErrorState
          title="We couldn’t load your account"
          description={describeError(error)}
          onRetry={() => void refetch()}
        />
      </Box>
    );
  }

  const viewer = data?.viewer;
  const here = location.pathname + location.search;
  if (!viewer) return <Navigate to={signInPath(here)} replace />;
  switch (viewer.signInStage) {
    case 'SECOND_FACTOR':
      return <Navigate to={finishSignInPath(secondFactorPagePath, here)} replace />;
    case 'TWO_FACTOR_ENROLMENT':
      return <Navigate to={finishSignInPath(twoFactorSetupPagePath, here)} replace />;
    case 'COMPLETE':
      // Operators land in the back office: no customer wizard there, and none needed without an
      // account of their own.
      if (isOperatorStaff(viewer) && viewer.account == null && location.pathname === '/') {
        return <Navigate to={backOfficePath} replace />;
      }
      if (
        location.pathname !== welcomePath &&
        !isBackOfficePath(location.pathname) &&
        owesOnboarding(viewer)
      ) {
        return <Navigate to={welcomePathFor(here)} replace />;
      }
      return <ViewerProvider value={viewer}>{children}</ViewerProvider>;
  }
}
