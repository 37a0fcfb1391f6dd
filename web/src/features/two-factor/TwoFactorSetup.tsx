import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PhonelinkLockOutlinedIcon from '@mui/icons-material/PhonelinkLockOutlined';
import {
  useConfirmTwoFactorEnrolmentMutation,
  useStartTwoFactorEnrolmentMutation,
  type StartTwoFactorEnrolmentMutation,
} from '../../graphql/generated';
import { BackupCodesList } from './BackupCodesList';
import { CodeField } from './CodeField';
import { writeTwoFactorStatus } from './twoFactorCache';
import { codeLooksComplete, codeProblemOf, typedCode, type CodeProblem } from './twoFactorText';

type Enrolment = StartTwoFactorEnrolmentMutation['startTwoFactorEnrolment'];

type TwoFactorSetupProps = {
  email: string;
  startLabel: string;
  /**
   * Set-up has begun: the page keeps this component on screen until `onFinished`, although the
   * status it shows turns "on" as soon as the first code is confirmed.
   */
  onStarted?: () => void;
  /** Cancelled before confirming: back to the start button. */
  onCancelled?: () => void;
  /** After the backup codes were shown and the person said they saved them. */
  onFinished: () => void;
  finishLabel?: string;
};

type Step =
  | { name: 'start' }
  | { name: 'scan'; enrolment: Enrolment }
  | { name: 'codes'; backupCodes: string[] };

/**
 * Setting up an authenticator app: a button starts it (a new secret each time), then the QR code
 * and the key to type by hand, a first code to confirm, and the ten backup codes, once. Used on
 * the Security page and on the page that members of an account requiring 2FA are sent to.
 */
export function TwoFactorSetup({
  email,
  startLabel,
  onStarted,
  onCancelled,
  onFinished,
  finishLabel = 'I’ve saved my backup codes',
}: TwoFactorSetupProps) {
  const [step, setStep] = useState<Step>({ name: 'start' });
  const [start, { loading: starting, error: startError }] = useStartTwoFactorEnrolmentMutation();

  const begin = async () => {
    try {
      const { data } = await start();
      if (data) {
        onStarted?.();
        setStep({ name: 'scan', enrolment: data.startTwoFactorEnrolment });
      }
    } catch {
      // Shown from `startError`.
    }
  };

  switch (step.name) {
    case 'start':
      return (
        <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          {startError && (
            <Alert severity="error" sx={{ alignSelf: 'stretch' }}>
              {codeProblemOf(startError).message}
            </Alert>
          )}
          <Button
            variant="contained"
            startIcon={<PhonelinkLockOutlinedIcon />}
            onClick={() => void begin()}
            disabled={starting}
          >
            {starting ? 'Preparing…' : startLabel}
          </Button>
        </Stack>
      );
    case 'scan':
      return (
        <ScanAndConfirm
          enrolment={step.enrolment}
          onCancel={() => {
            setStep({ name: 'start' });
            onCancelled?.();
          }}
          onConfirmed={(backupCodes) => setStep({ name: 'codes', backupCodes })}
        />
      );
    case 'codes':
      return (
        <Stack spacing={2}>
          <Alert severity="success">
            Two-factor sign-in is on. Next time you sign in, Ledgerline asks for a code from your
            app.
          </Alert>
          <BackupCodesList codes={step.backupCodes} email={email} />
          <Box>
            <Button variant="contained" onClick={onFinished}>
              {finishLabel}
            </Button>
          </Box>
        </Stack>
      );
  }
}

function ScanAndConfirm({
  enrolment,
  onCancel,
  onConfirmed,
}: {
  enrolment: Enrolment;
  onCancel: () => void;
  onConfirmed: (backupCodes: string[]) => void;
}) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const [confirm, { loading }] = useConfirmTwoFactorEnrolmentMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!codeLooksComplete(code, 'app')) {
      setProblem({ kind: 'wrong-code', message: 'Enter the six digits your app shows.' });
      return;
    }
    setProblem(null);
    try {
      const { data } = await confirm({
        variables: { input: { code: typedCode(code) } },
        update: (cache, { data: answer }) => {
          if (answer) writeTwoFactorStatus(cache, answer.confirmTwoFactorEnrolment.twoFactor);
        },
      });
      if (data) onConfirmed(data.confirmTwoFactorEnrolment.backupCodes);
    } catch (failure) {
      setProblem(codeProblemOf(failure));
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      sx={{
        display: 'grid',
        gap: { xs: 2, sm: 3 },
        gridTemplateColumns: { xs: '1fr', sm: 'auto minmax(0, 1fr)' },
        alignItems: 'start',
      }}
    >
      <Box
        component="img"
        src={enrolment.qrCodeDataUrl}
        alt="QR code to add Ledgerline to your authenticator app"
        width={192}
        height={192}
        sx={{
          justifySelf: { xs: 'center', sm: 'start' },
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'common.white',
          p: 1,
        }}
      />
      <Stack spacing={2} sx={{ minWidth: 0 }}>
        <Box>
          <Typography variant="subtitle2" component="h3">
            1. Scan the QR code
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Use an authenticator app such as Google Authenticator, Microsoft Authenticator or
            1Password. Can’t scan it? Enter this key in the app instead:
          </Typography>
          <Box
            component="code"
            aria-label="Key to enter by hand"
            sx={{
              display: 'block',
              mt: 1,
              p: 1,
              borderRadius: 1,
              bgcolor: 'background.default',
              border: 1,
              borderColor: 'divider',
              fontFamily: 'monospace',
              fontSize: '0.95rem',
              overflowWrap: 'anywhere',
              userSelect: 'all',
            }}
          >
            {enrolment.manualEntryKey}
          </Box>
        </Box>
        <Box>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1.5 }}>
            2. Enter the code the app shows
          </Typography>
          <CodeField
            kind="app"
            value={code}
            onChange={setCode}
            error={problem?.kind === 'wrong-code' ? problem.message : undefined}
            disabled={loading}
          />
        </Box>
        {problem && problem.kind !== 'wrong-code' && (
          <Alert severity="error">{problem.message}</Alert>
        )}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button type="submit" variant="contained" disabled={loading}>
            {loading ? 'Checking…' : 'Turn on two-factor sign-in'}
          </Button>
          <Button onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
