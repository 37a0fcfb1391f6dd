import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { Money } from '../../../components/Money';
import {
  PlansPageDocument,
  useCancelSubscriptionMutation,
  usePreviewSubscriptionChangeQuery,
  type CancellationReason,
  type ChangeTiming,
  type PlansSubscriptionFragment,
} from '../../../graphql/generated';
import { useIdempotencyKey } from './idempotencyKey';
import { PreviewSkeleton, PreviewSummary } from './PreviewSummary';
import { cancellationFee, validateCancellation, type CancellationForm } from './cancellation';
import { subscriptionFailure, type SubscriptionFailure } from './subscriptionErrors';
import { cancellationReasons, maxCommentLength, outcomeMessage } from './subscriptionText';
import { formatDay } from '../../../components/dates';

type CancelDialogProps = {
  subscription: PlansSubscriptionFragment;
  onClose: () => void;
  onDone: (message: string) => void;
};

const commentFields = ['comment', 'reason'] as const;

/**
 * Cancelling: at the period end (the default, revocable until then) or now. The fee, if the plan
 * has one, comes from the server's preview of exactly this cancellation, so what is disclosed is
 * what is billed.
 */
export function CancelDialog({ subscription, onClose, onDone }: CancelDialogProps) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  // An unpaid first period can only be canceled now (nothing was used, nothing is billed).
  const periodEndAllowed = subscription.status !== 'INCOMPLETE';
  const [form, setForm] = useState<CancellationForm>({
    timing: periodEndAllowed ? 'PERIOD_END' : 'NOW',
    reason: '',
    comment: '',
  });
  const [errors, setErrors] = useState<Partial<Record<'reason' | 'comment', string>>>({});
  const [failure, setFailure] = useState<SubscriptionFailure<'comment' | 'reason'> | null>(null);
  const { keyFor, settle } = useIdempotencyKey();
  const [cancelSubscription, { loading: busy }] = useCancelSubscriptionMutation();

  const preview = usePreviewSubscriptionChangeQuery({
    variables: { input: { action: 'CANCEL', timing: form.timing } },
    fetchPolicy: 'network-only',
  });
  const previewData = preview.loading ? undefined : preview.data?.previewSubscriptionChange;
  const previewFailure = preview.error ? subscriptionFailure(preview.error, []) : null;
  const fee = previewData ? cancellationFee(previewData) : null;
  const trial = subscription.status === 'TRIALING';

  const update = (fields: Partial<CancellationForm>) => {
    setForm((current) => ({ ...current, ...fields }));
    setFailure(null);
    setErrors((current) => {
      const rest = { ...current };
      for (const key of Object.keys(fields)) delete rest[key as keyof typeof rest];
      return rest;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateCancellation(form);
    setErrors(found);
    if (Object.keys(found).length > 0 || form.reason === '' || !previewData) return;
    setFailure(null);
    const fields = {
      timing: form.timing,
      reason: form.reason,
      comment: form.comment.trim() === '' ? null : form.comment.trim(),
    };
    try {
      const answer = await cancelSubscription({
        variables: { input: { ...fields, idempotencyKey: keyFor(JSON.stringify(fields)) } },
        refetchQueries: [PlansPageDocument],
        awaitRefetchQueries: true,
      });
      if (answer.data) {
        settle();
        onDone(outcomeMessage(answer.data.cancelSubscription));
      }
    } catch (error) {
      const shown = subscriptionFailure(error, commentFields);
      setErrors(shown.fieldErrors);
      setFailure(shown);
    }
  };

  const shownFailure = failure ?? previewFailure;
  const planName = subscription.plan.name;
  const ends = formatDay(subscription.currentPeriodEnd);

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
    >
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void submit(event)}
        sx={{ display: 'contents' }}
      >
        <DialogTitle id={titleId}>Cancel your subscription</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              Free needs no subscription: once {planName} ends, the account moves to the Free plan
              and keeps its invoices.
            </Typography>
            <FormControl>
              <FormLabel id={`${titleId}-timing`}>When should it end?</FormLabel>
              <RadioGroup
                aria-labelledby={`${titleId}-timing`}
                value={form.timing}
                onChange={(event) => update({ timing: event.target.value as ChangeTiming })}
              >
                {periodEndAllowed && (
                  <FormControlLabel
                    value="PERIOD_END"
                    control={<Radio />}
                    disabled={busy}
                    label={`At the end of the ${trial ? 'trial' : 'current period'}, on ${ends} (default): you can keep it until then`}
                  />
                )}
                <FormControlLabel
                  value="NOW"
                  control={<Radio />}
                  disabled={busy}
                  label="Now: it ends immediately"
                />
              </RadioGroup>
            </FormControl>

            <Box aria-live="polite">
              {preview.loading ? (
                <PreviewSkeleton />
              ) : previewData ? (
                <Stack spacing={1.5}>
                  {fee ? (
                    <Alert severity="warning">
                      <AlertTitle>
                        Cancellation fee: <Money value={fee.amount} />
                      </AlertTitle>
                      {fee.description}. It is invoiced today.
                    </Alert>
                  ) : (
                    <Alert severity="success" icon={false}>
                      No cancellation fee.
                    </Alert>
                  )}
                  {previewData.lines.length > 0 && <PreviewSummary preview={previewData} />}
                  {form.timing === 'PERIOD_END' && (
                    <Typography variant="body2">
                      {planName} stays active until {formatDay(previewData.effectiveAt)}. Nothing is
                      billed after that.
                    </Typography>
                  )}
                  {form.timing === 'NOW' && previewData.lines.length === 0 && (
                    <Typography variant="body2">
                      {trial
                        ? 'Your trial ends now and nothing is billed.'
                        : `${planName} ends now and nothing is billed. Time already paid for is not refunded.`}
                    </Typography>
                  )}
                </Stack>
              ) : null}
            </Box>

            <TextField
              select
              required
              label="Why are you cancelling?"
              value={form.reason}
              onChange={(event) => update({ reason: event.target.value as CancellationReason })}
              error={errors.reason != null}
              helperText={errors.reason ?? ' '}
              disabled={busy}
            >
              {cancellationReasons.map((reason) => (
                <MenuItem key={reason.value} value={reason.value}>
                  {reason.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="Comment"
              required={form.reason === 'OTHER'}
              multiline
              minRows={3}
              value={form.comment}
              onChange={(event) => update({ comment: event.target.value })}
              error={errors.comment != null}
              helperText={
                errors.comment ??
                `${form.comment.length} / ${maxCommentLength}${form.reason === 'OTHER' ? '' : ' (optional)'}`
              }
              disabled={busy}
            />

            {shownFailure?.message && (
              <Alert severity="error" role="alert">
                {shownFailure.message}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={onClose} disabled={busy} color="inherit">
            Keep subscription
          </Button>
          <Button type="submit" variant="contained" color="error" disabled={busy || !previewData}>
            {busy ? 'Working…' : form.timing === 'NOW' ? 'Cancel now' : 'Cancel at period end'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
