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
import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';

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
  const secretId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copySecret = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for the person.
      const selection = window.getSelection();
      const element = document.getElementById(secretId);
      if (selection && element) selection.selectAllChildren(element);
      setCopy('failed');
    }
  };

  const done = () => {
    setCopy('idle');
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
              <Box
                id={secretId}
                component="code"
                aria-label="New API token"
                sx={{
                  display: 'block',
                  p: 1.5,
                  borderRadius: 1,
                  border: 1,
                  borderColor: 'divider',
                  bgcolor: 'background.default',
                  fontFamily: 'monospace',
                  fontSize: '0.875rem',
                  overflowWrap: 'anywhere',
                  userSelect: 'all',
                }}
              >
                {created.secret}
              </Box>
            </Box>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
              <Button
                variant="contained"
                startIcon={copy === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
                onClick={() => void copySecret(created.secret)}
              >
                {copy === 'copied' ? 'Copied' : 'Copy token'}
              </Button>
              <Typography variant="body2" color="text.secondary" role="status">
                {copy === 'copied' && 'The token is on your clipboard.'}
                {copy === 'failed' &&
                  'Copying isn’t available here: the token is selected, copy it yourself.'}
              </Typography>
            </Box>
            <Typography variant="body2" color="text.secondary">
              The program sends it with every request to <code>/graphql</code> as the header{' '}
              <code>Authorization: Bearer {created.secret.slice(0, 8)}…</code>
            </Typography>
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={done} variant={copy === 'copied' ? 'contained' : 'outlined'}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
