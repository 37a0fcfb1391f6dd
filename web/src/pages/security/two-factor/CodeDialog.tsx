import { useId, useState, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { CodeField } from '../../../features/two-factor/CodeField';
import {
  codeProblemOf,
  typedCode,
  type CodeProblem,
} from '../../../features/two-factor/twoFactorText';

type CodeDialogProps = {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  /** Runs the change with the typed code; a rejection is shown in the dialog. */
  onSubmit: (code: string) => Promise<void>;
  onClose: () => void;
};

/** A change that needs proof of the second factor: a current code or an unused backup code. */
export function CodeDialog({
  open,
  title,
  description,
  confirmLabel,
  destructive = false,
  onSubmit,
  onClose,
}: CodeDialogProps) {
  const titleId = useId();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCode('');
    setProblem(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typedCode(code).length === 0) {
      setProblem({ kind: 'wrong-code', message: 'Enter a code to continue.' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(typedCode(code));
      setCode('');
    } catch (failure) {
      setProblem(codeProblemOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : close}
      aria-labelledby={titleId}
      maxWidth="xs"
      fullWidth
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText component="div">{description}</DialogContentText>
            <CodeField
              kind="either"
              value={code}
              onChange={setCode}
              error={problem?.kind === 'wrong-code' ? problem.message : undefined}
              disabled={busy}
              autoFocus
            />
            {problem && problem.kind !== 'wrong-code' && (
              <Alert severity="error">{problem.message}</Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={destructive ? 'error' : 'primary'}
            disabled={busy}
          >
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
