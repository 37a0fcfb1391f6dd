import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** What `useSuccessNotice` answers; hand it whole to `SuccessSnackbar`. */
export type SuccessNotice = {
  open: boolean;
  message: string;
  notify: (message: string) => void;
  dismiss: () => void;
};

/**
 * The state of a short confirmation after something worked ("Token revoked."). The message
 * outlives `open`, so the snackbar keeps its text while it slides away.
 */
export function useSuccessNotice(): SuccessNotice {
  const [notice, setNotice] = useState({ open: false, message: '' });
  const notify = useCallback((message: string) => setNotice({ open: true, message }), []);
  const dismiss = useCallback(() => setNotice((current) => ({ ...current, open: false })), []);
  return { ...notice, notify, dismiss };
}

type SuccessSnackbarProps = {
  notice: SuccessNotice;
  /** Milliseconds before it hides itself; longer for sentences that take longer to read. */
  autoHideDuration?: number;
};

/** A `useSuccessNotice` message at the bottom of the screen, closable, that goes by itself. */
export function SuccessSnackbar({ notice, autoHideDuration = 5000 }: SuccessSnackbarProps) {
  return (
    <Snackbar
      open={notice.open}
      autoHideDuration={autoHideDuration}
      onClose={notice.dismiss}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={notice.dismiss}>
        {notice.message}
      </Alert>
    </Snackbar>
  );
}
