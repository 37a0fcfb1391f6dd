import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';

type FormDialogProps = {
  open: boolean;
  title: string;
  /** Sending: the buttons are disabled and the dialog will not close. */
  busy: boolean;
  /** The submit button's words, and what it says while sending ("Create token", "Creating…"). */
  submitLabel: string;
  busyLabel: string;
  /** Called with the browser's own submission already stopped. */
  onSubmit: () => void;
  onClose: () => void;
  /** The fields, one above the other. */
  children: ReactNode;
};

/**
 * A dialog that is one form: Enter submits it, and Cancel or Escape close it unless it is
 * sending. Full screen on a phone. The browser's own validation is off: the form shows its own.
 */
export function FormDialog({
  open,
  title,
  busy,
  submitLabel,
  busyLabel,
  onSubmit,
  onClose,
  children,
}: FormDialogProps) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const close = () => {
    if (!busy) onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
    >
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        sx={{ display: 'contents' }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={busy} color="inherit">
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
