/* The tour's visible steps, in a script of their own: fetched only when a tour starts. */
import { useEffect, useId, useLayoutEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Drawer from '@mui/material/Drawer';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Popper from '@mui/material/Popper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { alpha, useTheme } from '@mui/material/styles';
import { tourAnchorAttribute, type TourStep } from './tourSteps';

export type TourStepViewProps = {
  step: TourStep;
  index: number;
  count: number;
  dontShowAgain: boolean;
  onDontShowAgain: (value: boolean) => void;
  onBack: () => void;
  onNext: () => void;
  onSkip: () => void;
};

function useAnchor(path: string, enabled: boolean): HTMLElement | null {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!enabled) {
      setAnchor(null);
      return;
    }
    const element = document.querySelector<HTMLElement>(
      `[${tourAnchorAttribute}="${CSS.escape(path)}"]`,
    );
    element?.scrollIntoView?.({ block: 'nearest' });
    setAnchor(element);
  }, [path, enabled]);
  return anchor;
}

/** The anchor's place on screen, kept up to date while the window resizes or scrolls. */
function useRect(element: HTMLElement | null): DOMRect | null {
  const [rect, setRect] = useState<DOMRect | null>(null);
  useLayoutEffect(() => {
    if (!element) {
      setRect(null);
      return;
    }
    const update = () => setRect(element.getBoundingClientRect());
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [element]);
  return rect;
}

export function TourStepView(props: TourStepViewProps) {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const anchor = useAnchor(props.step.path, wide);
  const rect = useRect(anchor);
  const { onSkip } = props;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onSkip();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSkip]);

  if (!wide || !anchor) {
    return (
      <Drawer
        anchor="bottom"
        open
        onClose={onSkip}
        slotProps={{
          paper: {
            // The theme sizes drawers for the navigation; a bottom sheet spans the screen.
            sx: { width: '100%', borderTopLeftRadius: 16, borderTopRightRadius: 16 },
          },
        }}
      >
        <Box sx={{ p: 3, pb: 4, maxWidth: 560, mx: 'auto', width: '100%' }}>
          <TourCard {...props} />
        </Box>
      </Drawer>
    );
  }

  return (
    <>
      {rect && (
        // The highlight: a ring around the entry, the rest of the page dimmed. It lets clicks
        // through, so the tour never traps anyone.
        <Box
          aria-hidden
          data-testid="tour-highlight"
          sx={{
            position: 'fixed',
            top: rect.top - 4,
            left: rect.left - 4,
            width: rect.width + 8,
            height: rect.height + 8,
            borderRadius: 2,
            pointerEvents: 'none',
            zIndex: theme.zIndex.modal,
            outline: `2px solid ${theme.palette.primary.main}`,
            boxShadow: `0 0 0 9999px ${alpha(theme.palette.common.black, 0.35)}`,
            transition: 'all 200ms ease',
          }}
        />
      )}
      <Popper
        open
        anchorEl={anchor}
        placement="right"
        sx={{ zIndex: theme.zIndex.modal + 1 }}
        modifiers={[{ name: 'offset', options: { offset: [0, 16] } }]}
      >
        <Paper elevation={8} sx={{ p: 2.5, width: 340, maxWidth: 'calc(100vw - 32px)' }}>
          <TourCard {...props} />
        </Paper>
      </Popper>
    </>
  );
}

function TourCard({
  step,
  index,
  count,
  dontShowAgain,
  onDontShowAgain,
  onBack,
  onNext,
  onSkip,
}: TourStepViewProps) {
  const titleId = useId();
  const last = index === count - 1;
  const [focusTarget, setFocusTarget] = useState<HTMLElement | null>(null);
  // Each step takes the focus, so keyboard and screen-reader users follow along.
  useEffect(() => focusTarget?.focus(), [focusTarget, index]);
  return (
    <Box role="dialog" aria-labelledby={titleId}>
      <Typography variant="overline" color="text.secondary">
        Tour · {index + 1} of {count}
      </Typography>
      <Typography
        variant="h6"
        component="h2"
        id={titleId}
        tabIndex={-1}
        ref={setFocusTarget}
        sx={{ outline: 'none' }}
      >
        {step.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {step.body}
      </Typography>
      <FormControlLabel
        sx={{ mt: 1 }}
        control={
          <Checkbox
            size="small"
            checked={dontShowAgain}
            onChange={(event) => onDontShowAgain(event.target.checked)}
          />
        }
        label={<Typography variant="body2">Don’t show again</Typography>}
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 1, alignItems: 'center' }}>
        <Button onClick={onSkip} color="inherit" size="small">
          Skip tour
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        {index > 0 && (
          <Button onClick={onBack} size="small">
            Back
          </Button>
        )}
        <Button onClick={onNext} variant="contained" size="small">
          {last ? 'Done' : 'Next'}
        </Button>
      </Box>
    </Box>
  );
}
