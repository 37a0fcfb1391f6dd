import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyableText } from '../../components/CopyableText';

type TokenSecretDialogProps = {
  /** Null closes the dialog; the secret then exists nowhere in the app any more. */
  created: { name: string; secret: string } | null;
  onDone: () => void;
};

/**
 * The one time a token's secret is shown. Only "Done" closes it (not a stray click outside), so
 * nobody loses a secret they have not copied yet.
 */
export function TokenSecretDialog({ created, onDone }: TokenSecretDialogProps) {
  const titleId = useId();
  const [copied, setCopied] = useState(false);

  const done = () => {
    setCopied(false);
    onDone();
  };

  return (
    <Dialog open={created !== null} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Copy your new token</DialogTitle>
      <DialogContent>
        {created && (
          <Stack spacing={2}>
            <Alert severity="warning">
              This is the only time you’ll see this token. Copy it now and keep it somewhere safe,
              such as your ERP’s credential store. If you lose it, revoke it and create a new one.
            </Alert>
            <Box>
              <Typography variant="subtitle2" component="p" sx={{ mb: 0.5 }}>
                {created.name}
              </Typography>
              <CopyableText
                value={created.secret}
                label="New API token"
                copyLabel="Copy token"
                copiedMessage="The token is on your clipboard."
                failedMessage="Copying isn’t available here: the token is selected, copy it yourself."
                onCopied={() => setCopied(true)}
              />
            </Box>
            <Typography variant="body2" color="text.secondary">
              The program sends it with every request to <code>/graphql</code> as the header{' '}
              <code>Authorization: Bearer {created.secret.slice(0, 8)}…</code>
            </Typography>
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={done} variant={copied ? 'contained' : 'outlined'}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
