import { useId, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeErrorNaming } from '../../app/graphqlErrors';

/*
 * What the back office's lists of things that failed and can be run again share (Failed jobs,
 * Stripe events): a card a record with Inspect and Retry, the retry confirmed first, and a
 * dialog with the record's facts and its raw text.
 */

/** The records, as a list of cards. */
export function RecordCards({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" aria-label={label} spacing={1.5} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {children}
    </Stack>
  );
}

/** One record: its kind (monospace), a badge, its id line, when and how often, and the rest. */
export function RecordCard({
  kind,
  id,
  badge,
  idLine,
  when,
  children,
  onInspect,
  retryLabel,
  onRetry,
  retryDisabled,
}: {
  kind: string;
  id: string;
  badge?: ReactNode;
  idLine: ReactNode;
  when: ReactNode;
  children?: ReactNode;
  onInspect: () => void;
  retryLabel: string;
  /** Absent when the record cannot be run again. */
  onRetry?: () => void;
  retryDisabled: boolean;
}) {
  return (
    <li>
      <Card component="article" aria-label={`${kind} ${id}`}>
        <CardContent sx={{ display: 'grid', gap: 1 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <Typography
              variant="subtitle2"
              component="h2"
              sx={{ fontFamily: 'monospace', flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
            >
              {kind}
            </Typography>
            {badge}
          </Box>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {idLine}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {when}
          </Typography>
          {children}
          <Box sx={{ display: 'flex', gap: 1, ml: -1, flexWrap: 'wrap' }}>
            <Button size="small" onClick={onInspect}>
              Inspect
            </Button>
            {onRetry && (
              <Button size="small" onClick={onRetry} disabled={retryDisabled}>
                {retryLabel}
              </Button>
            )}
          </Box>
        </CardContent>
      </Card>
    </li>
  );
}

/**
 * Run a record again, once confirmed: `ask` opens the dialog, confirming sends `retry`; a
 * refusal (CONFLICT: it ran meanwhile; NOT_FOUND) is kept in words in `error`.
 */
export function useConfirmedRetry<Row extends { id: string }>({
  retry,
  onRetried,
  onRefused,
}: {
  retry: (row: Row) => Promise<unknown>;
  onRetried: (row: Row) => void;
  onRefused?: () => void;
}) {
  const [retrying, setRetrying] = useState<Row | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (retrying === null) return;
    setError(null);
    setBusy(true);
    try {
      await retry(retrying);
      onRetried(retrying);
    } catch (failure) {
      setError(describeErrorNaming(failure, ['CONFLICT', 'NOT_FOUND']));
      onRefused?.();
    } finally {
      setBusy(false);
      setRetrying(null);
    }
  };
  return {
    retrying,
    busy,
    error,
    clearError: () => setError(null),
    ask: (row: Row) => setRetrying(row),
    confirmDialog: (title: string, confirmLabel: string, describe: (row: Row) => ReactNode) => (
      <ConfirmDialog
        open={retrying !== null}
        title={title}
        description={retrying && describe(retrying)}
        confirmLabel={confirmLabel}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setRetrying(null)}
      />
    ),
  };
}

/** A record's facts as a term/description grid. */
export function RecordFacts({ children }: { children: ReactNode }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: '120px 1fr',
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
        '& dt': { color: 'text.secondary', typography: 'body2' },
        '& dd': { m: 0, minWidth: 0, typography: 'body2', overflowWrap: 'anywhere' },
      }}
    >
      {children}
    </Box>
  );
}

/** Raw text (a payload, an error output) under its heading, scrollable and focusable. */
export function RecordText({
  label,
  maxHeight,
  children,
}: {
  label: string;
  maxHeight: number;
  children: ReactNode;
}) {
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {label}
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label={label}
        sx={{
          m: 0,
          p: 2,
          bgcolor: 'action.hover',
          borderRadius: 1,
          overflow: 'auto',
          maxHeight,
          fontSize: 12,
          fontFamily: 'monospace',
        }}
      >
        {children}
      </Box>
    </>
  );
}

/** One record in a dialog (full screen on a phone). */
export function RecordDialog({
  open,
  title,
  monospaceTitle = false,
  onClose,
  actions,
  children,
}: {
  open: boolean;
  title: string;
  monospaceTitle?: boolean;
  onClose: () => void;
  /** Beside Close. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle
        id={titleId}
        sx={{ overflowWrap: 'anywhere', fontFamily: monospaceTitle ? 'monospace' : undefined }}
      >
        {title}
      </DialogTitle>
      <DialogContent dividers>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        {actions}
      </DialogActions>
    </Dialog>
  );
}
