import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { ErrorState } from '../../components/ErrorState';
import { describeError } from '../../app/graphqlErrors';
import { safeReturnTo } from '../../app/signInLinks';
import { usePageTitle } from '../../app/usePageTitle';
import { useViewer } from '../../app/ViewerContext';
import { welcomePath } from '../../app/welcomeLinks';
import {
  ViewerDocument,
  useCompleteOnboardingMutation,
  useOnboardingWizardQuery,
  useSkipOnboardingMutation,
} from '../../graphql/generated';
import { SignInFrame } from '../../components/SignInFrame';
import { OnboardingWizard } from './OnboardingWizard';
import { initialOnboardingValues, type OnboardingValues } from './onboardingForm';

/** Where Overview's guided tour is asked to start (router state), after the wizard. */
export type TourRequest = { startTour?: boolean };

/**
 * The first-run wizard (SPEC §7): company, billing, alerts. A new account's Billing Admin comes
 * here after signing in (AuthGuard); finishing or "Skip for now" continues to the page they were
 * going to, Overview by default, where the guided tour starts. Others have nothing to set up here.
 */
export function WelcomePage() {
  usePageTitle('Welcome');
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const isAdmin = viewer.role === 'BILLING_ADMIN' && viewer.account != null;
  const { data, loading, error, refetch } = useOnboardingWizardQuery({
    skip: !isAdmin,
    notifyOnNetworkStatusChange: true,
  });
  // The viewer says whether the wizard is still owed: refresh it before leaving, or the guard
  // would send the person straight back.
  const refresh = { refetchQueries: [ViewerDocument], awaitRefetchQueries: true };
  const [completeOnboarding] = useCompleteOnboardingMutation(refresh);
  const [skipOnboarding, skipping] = useSkipOnboardingMutation(refresh);

  if (!isAdmin) return <Navigate to="/" replace />;

  const target = safeReturnTo(params.get('returnTo'));
  const next = target.startsWith(welcomePath) ? '/' : target;
  const goOn = (tour: boolean) => {
    const state: TourRequest = { startTour: tour };
    void navigate(next, { replace: true, state });
  };

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={2} role="status" aria-label="Loading the set-up">
        <Skeleton variant="rounded" height={40} />
        <Skeleton variant="rounded" height={56} />
        <Skeleton variant="rounded" height={56} />
      </Stack>
    );
  } else if (error || !data) {
    body = (
      <ErrorState
        title="We couldn’t load the set-up"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else {
    body = (
      <OnboardingWizard
        key={data.account.id}
        initialValues={initialOnboardingValues(data)}
        currencyChosen={data.account.preferredCurrency != null}
        plans={data.plans}
        skipping={skipping.loading}
        onSubmit={async (values: OnboardingValues) => {
          await completeOnboarding({
            variables: { input: { ...values, companyName: values.companyName.trim() } },
          });
          goOn(true);
        }}
        onSkip={async () => {
          await skipOnboarding();
          goOn(true);
        }}
      />
    );
  }

  return <SignInFrame wide>{body}</SignInFrame>;
}
