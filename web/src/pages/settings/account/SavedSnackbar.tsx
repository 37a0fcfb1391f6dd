import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

type SavedSnackbarProps = {
  open: boolean;
  onClose: () => void;
  /** What was saved, e.g. "Account name saved." */
  message: string;
};

/** The settings page's success feedback: brief, out of the way, and closable. */
export function SavedSnackbar({ open, onClose, message }: SavedSnackbarProps) {
  return (
    <Snackbar
      open={open}
      autoHideDuration={5000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={onClose}>
        {message}
      </Alert>
    </Snackbar>
  );
}
