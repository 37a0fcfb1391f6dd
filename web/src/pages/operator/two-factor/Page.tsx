import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LockResetOutlinedIcon from '@mui/icons-material/LockResetOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { describeErrorNaming, fieldErrorsOf } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useResetTwoFactorMutation, type ResetTwoFactorMutation } from '../../../graphql/generated';
import { formatMoment } from '../../../components/dates';

/** The server keeps at most this much of a reason (two-factor-reset.service.ts). */
export const maxReasonLength = 500;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Done = ResetTwoFactorMutation['resetTwoFactor'];

/**
 * Operators: support's way back in for someone who lost both their authenticator app and their
 * backup codes. The reset ends the person's sessions, is audited in their accounts with the
 * reason given here, and is e-mailed to them, so it is confirmed first.
 */
export function TwoFactorResetPage() {
  usePageTitle('Two-factor reset');
  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="Two-factor reset"
        description="For someone who lost both their authenticator app and their backup codes."
      />
      <Card component="section" aria-labelledby="two-factor-reset-title" sx={{ maxWidth: 720 }}>
        <CardHeader
          title="Reset a person’s two-factor sign-in"
          slotProps={{ title: { id: 'two-factor-reset-title', component: 'h2' } }}
        />
        <CardContent>
          <TwoFactorResetForm />
        </CardContent>
      </Card>
    </>
  );
}

function TwoFactorResetForm() {
  const [resetTwoFactor, { loading, error, reset: clearError }] = useResetTwoFactorMutation();
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState('');
  const [checks, setChecks] = useState<{ email?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const serverFields = fieldErrorsOf(error, ['email', 'reason'] as const);
  const emailError = checks.email ?? serverFields.email;
  const reasonError = checks.reason ?? serverFields.reason;
  const otherError =
    error && !serverFields.email && !serverFields.reason
      ? describeErrorNaming(error, ['NOT_FOUND', 'CONFLICT'])
      : null;

  function review(event: FormEvent) {
    event.preventDefault();
    const found: typeof checks = {};
    const address = email.trim();
    if (address === '') found.email = 'Enter the e-mail address the person signs in with.';
    else if (!emailPattern.test(address))
      found.email = 'Enter an e-mail address, such as jane@example.com.';
    if (reason.trim() === '') found.reason = 'Say why: the ticket and how you checked who asked.';
    else if (reason.trim().length > maxReasonLength)
      found.reason = `Keep the reason under ${maxReasonLength} characters.`;
    setChecks(found);
    if (found.email || found.reason) return;
    clearError();
    setDone(null);
    setConfirming(true);
  }

  async function confirm() {
    try {
      const result = await resetTwoFactor({
        variables: { input: { email: email.trim(), reason: reason.trim() } },
      });
      if (result.data) {
        setDone(result.data.resetTwoFactor);
        setEmail('');
        setReason('');
      }
    } catch {
      // Shown from `error` above the form.
    } finally {
      setConfirming(false);
    }
  }

  return (
    <Stack spacing={3}>
      <Typography variant="body2" color="text.secondary">
        Check first that the request really comes from the person (your identity check, the ticket).
        Resetting removes their authenticator and backup codes and signs out every session they
        have. They are e-mailed that support did it, and can then sign in without a code — or set it
        up again at once if their account requires it.
      </Typography>
      {/* Alerts are live regions themselves (role="alert"): the outcome is announced. */}
      {done && (
        <Alert severity="success" onClose={() => setDone(null)}>
          Two-factor sign-in of <strong>{done.email}</strong> was reset at{' '}
          {formatMoment(done.resetAt)}.{' '}
          {done.sessionsEnded === 1
            ? '1 session was signed out.'
            : `${done.sessionsEnded} sessions were signed out.`}{' '}
          They have been e-mailed.
        </Alert>
      )}
      {otherError && <Alert severity="error">{otherError}</Alert>}
      <Stack component="form" spacing={2} onSubmit={review} noValidate>
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="off"
          required
          fullWidth
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={Boolean(emailError)}
          helperText={emailError ?? 'The address the person signs in with.'}
        />
        <TextField
          label="Reason"
          required
          fullWidth
          multiline
          minRows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={Boolean(reasonError)}
          helperText={
            reasonError ??
            'The ticket and how you checked who asked. Kept in the audit log of their accounts.'
          }
          slotProps={{ htmlInput: { maxLength: maxReasonLength } }}
        />
        <Box>
          <Button
            type="submit"
            variant="contained"
            color="error"
            disabled={loading}
            startIcon={<LockResetOutlinedIcon />}
            sx={{ width: { xs: '100%', sm: 'auto' } }}
          >
            Reset two-factor sign-in
          </Button>
        </Box>
      </Stack>
      <ConfirmDialog
        open={confirming}
        title="Reset two-factor sign-in?"
        description={
          <>
            <strong>{email.trim()}</strong> will be signed out everywhere, and their authenticator
            app and backup codes will stop working. This cannot be undone.
          </>
        }
        confirmLabel="Reset"
        destructive
        busy={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
