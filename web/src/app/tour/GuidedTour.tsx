import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useLocation } from 'react-router-dom';
import { ViewerDocument, useDismissTourMutation } from '../../graphql/generated';
import { useViewer } from '../ViewerContext';
import { tourSkippedKey, tourStepsFor } from './tourSteps';

/** The steps' pop-ups (MUI Popper, Drawer, Checkbox): a script fetched only when a tour starts. */
const TourStepView = lazy(() =>
  import('./TourStepView').then((module) => ({ default: module.TourStepView })),
);

type GuidedTourContextValue = { startTour: () => void };

const GuidedTourContext = createContext<GuidedTourContextValue>({ startTour: () => {} });

/** "Take the tour" (the user menu) starts it again at the first step. */
export function useGuidedTour(): GuidedTourContextValue {
  return useContext(GuidedTourContext);
}

function skippedThisSession(): boolean {
  try {
    return window.sessionStorage.getItem(tourSkippedKey) !== null;
  } catch {
    return false;
  }
}

function rememberSkipped(): void {
  try {
    window.sessionStorage.setItem(tourSkippedKey, '1');
  } catch {
    // Storage may be off (private mode): the tour then comes back on the next visit to Overview.
  }
}

/**
 * The guided tour of the main pages (docs/API.md "Onboarding and the guided tour"). It starts by itself on Overview for someone who has
 * not finished it or chosen "Don't show again" (viewer.tourDismissedAt, per person), and again
 * from the user menu. On wide screens each step points at its navigation entry with a highlight;
 * on phones the navigation is a closed drawer, so the steps are a bottom sheet instead.
 */
export function GuidedTourProvider({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  const steps = useMemo(() => tourStepsFor(viewer), [viewer]);
  const [index, setIndex] = useState<number | null>(null);
  const [dontShowAgain, setDontShowAgain] = useState(false);
  const [dismissTour] = useDismissTourMutation({ refetchQueries: [ViewerDocument] });

  const offered =
    location.pathname === '/' && viewer.account != null && viewer.tourDismissedAt == null;
  useEffect(() => {
    if (offered && !skippedThisSession()) setIndex((current) => current ?? 0);
  }, [offered]);

  const startTour = useCallback(() => {
    setDontShowAgain(false);
    setIndex(0);
  }, []);

  const close = (persist: boolean) => {
    setIndex(null);
    rememberSkipped();
    if (persist && viewer.tourDismissedAt == null) {
      // Not worth an error message: at worst the tour is offered again next time.
      dismissTour().catch(() => undefined);
    }
  };

  const context = useMemo(() => ({ startTour }), [startTour]);
  const step = index === null ? undefined : steps[index];

  return (
    <GuidedTourContext.Provider value={context}>
      {children}
      {step && index !== null && (
        <Suspense fallback={null}>
          <TourStepView
            step={step}
            index={index}
            count={steps.length}
            dontShowAgain={dontShowAgain}
            onDontShowAgain={setDontShowAgain}
            onBack={() => setIndex(index - 1)}
            onNext={() => (index + 1 < steps.length ? setIndex(index + 1) : close(true))}
            onSkip={() => close(dontShowAgain)}
          />
        </Suspense>
      )}
    </GuidedTourContext.Provider>
  );
}
