import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyableText } from '../../components/CopyableText';
import type { SentInvitation } from './InviteDialog';

type InviteLinkDialogProps = {
  /** Null closes the dialog; the link then exists nowhere in the app any more. */
  sent: SentInvitation | null;
  onDone: () => void;
};

/**
 * The one time an invitation link is shown (the server keeps only its hash). Nothing e-mails it
 * yet, so the inviter passes it on; only "Done" closes the dialog, so it is not lost by a stray
 * click.
 */
export function InviteLinkDialog({ sent, onDone }: InviteLinkDialogProps) {
  const titleId = useId();
  const [copied, setCopied] = useState(false);

  const done = () => {
    setCopied(false);
    onDone();
  };

  return (
    <Dialog open={sent !== null} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {sent?.resent ? 'A new invitation link' : 'Invitation created'}
      </DialogTitle>
      <DialogContent>
        {sent && (
          <Stack spacing={2}>
            <Typography>
              We e-mailed this link to <strong>{sent.email}</strong>; you can also share it
              yourself. It works only for that address, once, for 7 days.
            </Typography>
            {sent.resent && (
              <Typography variant="body2" color="text.secondary">
                The link sent before no longer works.
              </Typography>
            )}
            <CopyableText
              value={sent.inviteUrl}
              label="Invitation link"
              copyLabel="Copy link"
              copiedMessage="The link is on your clipboard."
              failedMessage="Copying isn’t available here: the link is selected, copy it yourself."
              onCopied={() => setCopied(true)}
            />
            <Typography variant="body2" color="text.secondary">
              You’ll see this link only now. If it gets lost, use Resend under Pending invitations
              for a new one.
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
