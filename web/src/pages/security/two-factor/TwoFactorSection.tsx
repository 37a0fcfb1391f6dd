import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '../../../components/ErrorState';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeError } from '../../../app/graphqlErrors';
import { useViewer } from '../../../app/ViewerContext';
import {
  useDisableTwoFactorMutation,
  useRegenerateBackupCodesMutation,
  useTwoFactorStatusQuery,
  type TwoFactorStatusFieldsFragment,
} from '../../../graphql/generated';
import { BackupCodesList } from '../../../features/two-factor/BackupCodesList';
import { CodeDialog } from './CodeDialog';
import { TwoFactorSetup } from '../../../features/two-factor/TwoFactorSetup';
import { writeTwoFactorStatus } from '../../../features/two-factor/twoFactorCache';
import { formatDay } from '../../../components/dates';

/** Fewer backup codes than this left: suggest new ones before they run out. */
const lowBackupCodes = 3;

/** The "Two-factor sign-in" section of the Security page: every member's own setting. */
export function TwoFactorSection() {
  const titleId = useId();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useTwoFactorStatusQuery({
    notifyOnNetworkStatusChange: true,
  });
  const [regenerate] = useRegenerateBackupCodesMutation();
  const [disable] = useDisableTwoFactorMutation();
  const [dialog, setDialog] = useState<'regenerate' | 'disable' | null>(null);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  // Set-up stays on screen until its backup codes are put away, though the status turns on first.
  const [settingUp, setSettingUp] = useState(false);
  const notice = useSuccessNotice();

  const status = data?.viewer?.twoFactor;

  const regenerateWith = async (code: string) => {
    const { data: answer } = await regenerate({
      variables: { input: { code } },
      update: (cache, { data: result }) => {
        if (result) writeTwoFactorStatus(cache, result.regenerateBackupCodes.twoFactor);
      },
    });
    setDialog(null);
    if (answer) setNewCodes(answer.regenerateBackupCodes.backupCodes);
  };

  const disableWith = async (code: string) => {
    await disable({
      variables: { input: { code } },
      update: (cache, { data: result }) => {
        if (result) writeTwoFactorStatus(cache, result.disableTwoFactor.twoFactor);
      },
    });
    setDialog(null);
    notice.notify('Two-factor sign-in is off.');
  };

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={1} role="status" aria-label="Loading two-factor sign-in">
        <Skeleton variant="text" width="60%" />
        <Skeleton variant="rounded" height={40} width={220} />
      </Stack>
    );
  } else if (error || !status) {
    body = (
      <ErrorState
        title="We couldn’t load your two-factor sign-in"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (!status.enabled || settingUp) {
    body = (
      <Stack spacing={2}>
        {status.requiredByAccount && !status.enabled && (
          <Alert severity="info">Your account requires two-factor sign-in of every member.</Alert>
        )}
        <TwoFactorSetup
          email={viewer.user.email}
          startLabel="Set up two-factor sign-in"
          finishLabel="Done"
          onStarted={() => setSettingUp(true)}
          onCancelled={() => setSettingUp(false)}
          onFinished={() => {
            setSettingUp(false);
            if (status.enabled) {
              notice.notify('Two-factor sign-in is on. Keep your codes safe.');
            }
          }}
        />
      </Stack>
    );
  } else {
    body = (
      <EnabledStatus
        status={status}
        onRegenerate={() => setDialog('regenerate')}
        onDisable={() => setDialog('disable')}
      />
    );
  }

  return (
    <Card component="section" aria-labelledby={titleId} sx={{ height: 'auto' }}>
      <CardContent sx={{ display: 'grid', gap: 2.5, p: { xs: 2, sm: 3 } }}>
        <Box>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h2" id={titleId}>
              Two-factor sign-in
            </Typography>
            {status && (
              <Chip
                size="small"
                label={status.enabled ? 'On' : 'Off'}
                color={status.enabled ? 'success' : 'default'}
                variant={status.enabled ? 'filled' : 'outlined'}
              />
            )}
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 640 }}>
            After you sign in, Ledgerline also asks for a code from an authenticator app on your
            phone, so a stolen password alone can’t open your account.
          </Typography>
        </Box>
        {body}
      </CardContent>

      <CodeDialog
        open={dialog === 'regenerate'}
        title="Make new backup codes?"
        description="Your current backup codes stop working. Enter a code from your authenticator app (or one of your backup codes) to continue."
        confirmLabel="Make new codes"
        onSubmit={regenerateWith}
        onClose={() => setDialog(null)}
      />
      <CodeDialog
        open={dialog === 'disable'}
        title="Turn off two-factor sign-in?"
        description="Signing in will need only your identity provider again, and your backup codes stop working. Enter a code from your authenticator app (or a backup code) to confirm."
        confirmLabel="Turn off"
        destructive
        onSubmit={disableWith}
        onClose={() => setDialog(null)}
      />
      <NewBackupCodesDialog
        codes={newCodes}
        email={viewer.user.email}
        onDone={() => setNewCodes(null)}
      />
      <SuccessSnackbar notice={notice} />
    </Card>
  );
}

function EnabledStatus({
  status,
  onRegenerate,
  onDisable,
}: {
  status: TwoFactorStatusFieldsFragment;
  onRegenerate: () => void;
  onDisable: () => void;
}) {
  const remaining = status.backupCodesRemaining;
  return (
    <Stack spacing={2}>
      <Box>
        <Typography>
          On{status.enabledAt ? ` since ${formatDay(status.enabledAt)}` : ''}. Every sign-in asks
          for a code from your authenticator app.
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {remaining} of 10 backup codes left.
        </Typography>
      </Box>
      {remaining < lowBackupCodes && (
        <Alert severity="warning">
          {remaining === 0
            ? 'You have no backup codes left. Make new ones so you can still sign in without your phone.'
            : 'You’re running out of backup codes. Make new ones before they’re gone.'}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" onClick={onRegenerate}>
          New backup codes
        </Button>
        <Button color="error" onClick={onDisable} disabled={status.requiredByAccount}>
          Turn off
        </Button>
      </Box>
      {status.requiredByAccount && (
        <Typography variant="body2" color="text.secondary">
          Your account requires two-factor sign-in, so it can’t be turned off.
        </Typography>
      )}
    </Stack>
  );
}

/** New backup codes, shown once: only "Done" closes it, not a stray click outside. */
function NewBackupCodesDialog({
  codes,
  email,
  onDone,
}: {
  codes: string[] | null;
  email: string;
  onDone: () => void;
}) {
  const titleId = useId();
  return (
    <Dialog open={codes !== null} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Your new backup codes</DialogTitle>
      <DialogContent>{codes && <BackupCodesList codes={codes} email={email} />}</DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onDone}>
          I’ve saved them
        </Button>
      </DialogActions>
    </Dialog>
  );
}
