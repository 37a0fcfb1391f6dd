import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
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
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { Money } from '../../../components/Money';
import {
  PlansPageDocument,
  useChangeSubscriptionMutation,
  usePreviewSubscriptionChangeQuery,
  useStartSubscriptionMutation,
  type BillingInterval,
  type ChangeResultFragment,
  type ChangeTiming,
  type TierCardFragment,
  type PlansSubscriptionFragment,
  type PreviewSubscriptionChangeInput,
} from '../../../graphql/generated';
import { BillingDetailsNeeded } from './BillingDetailsNeeded';
import { useIdempotencyKey } from './idempotencyKey';
import {
  intervalWords,
  maxSeats,
  parseSeats,
  priceOf,
  seatsHelperText,
  seatsText,
} from './planCatalog';
import { PreviewSkeleton, PreviewSummary } from './PreviewSummary';
import { subscriptionFailure, type SubscriptionFailure } from './subscriptionErrors';
import { outcomeMessage } from './subscriptionText';
import { useDebouncedValue } from '../../../components/useDebouncedValue';

/** What the person asked for from the page: start a plan, or change the running one. */
export type ChangeRequest = {
  action: 'START' | 'CHANGE';
  /** E.g. "Upgrade to Advanced", "Change seats". */
  title: string;
  plan: TierCardFragment;
  interval: BillingInterval;
  currency: string;
  seats: number;
};

type ChangeDialogProps = {
  request: ChangeRequest;
  /** The live subscription a CHANGE applies to. */
  subscription: PlansSubscriptionFragment | null;
  /** Currencies to choose from when starting. */
  currencies: readonly string[];
  canEditBillingDetails: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
};

const seatFields = ['seats'] as const;

function confirmLabel(outcome: string | undefined, action: ChangeRequest['action']): string {
  switch (outcome) {
    case 'TRIAL_STARTED':
      return 'Start free trial';
    case 'STARTED':
      return 'Start subscription';
    case 'CHANGE_SCHEDULED':
      return 'Schedule change';
    default:
      return action === 'START' ? 'Start subscription' : 'Confirm change';
  }
}

/**
 * Start or change a subscription: the person picks interval, currency (when starting) and seats, sees
 * the server's preview of what it costs today and next, and confirms. Downgrades offer the choice
 * between the period end (the default) and now with the unused time credited.
 */
export function ChangeDialog({
  request,
  subscription,
  currencies,
  canEditBillingDetails,
  onClose,
  onDone,
}: ChangeDialogProps) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const seatsId = useId();
  const [interval, setBillingInterval] = useState<BillingInterval>(request.interval);
  const [currency, setCurrency] = useState(request.currency);
  const [seatsInput, setSeatsInput] = useState(String(request.seats));
  const [timing, setTiming] = useState<ChangeTiming | null>(null);
  const [failure, setFailure] = useState<SubscriptionFailure<'seats'> | null>(null);
  const { keyFor, settle } = useIdempotencyKey();
  const [startSubscription, { loading: starting }] = useStartSubscriptionMutation();
  const [changeSubscription, { loading: changing }] = useChangeSubscriptionMutation();
  const busy = starting || changing;

  const { plan, action } = request;
  const seats = parseSeats(useDebouncedValue(seatsInput, 300));
  const seatsTyped = parseSeats(seatsInput);
  const unchanged =
    action === 'CHANGE' &&
    subscription != null &&
    subscription.plan.id === plan.id &&
    subscription.interval === interval &&
    subscription.seats === seatsTyped;

  const input: PreviewSubscriptionChangeInput =
    action === 'START'
      ? { action, planCode: plan.code, interval, currency, seats }
      : { action, planCode: plan.code, interval, seats, ...(timing ? { timing } : {}) };
  const preview = usePreviewSubscriptionChangeQuery({
    variables: { input },
    skip: seats == null || unchanged,
    fetchPolicy: 'network-only',
  });
  const previewData = preview.loading ? undefined : preview.data?.previewSubscriptionChange;
  const previewFailure = preview.error ? subscriptionFailure(preview.error, seatFields) : null;
  const isDowngrade = timing !== null || previewData?.outcome === 'CHANGE_SCHEDULED';

  const price = priceOf(plan, interval, currency);
  const seatsError =
    seatsTyped == null
      ? `Enter a whole number of seats from 1 to ${maxSeats.toLocaleString()}.`
      : (failure?.fieldErrors.seats ?? previewFailure?.fieldErrors.seats);

  const resetFor = (change: () => void) => {
    change();
    setTiming(null);
    setFailure(null);
  };

  const confirm = async () => {
    if (seats == null || !previewData) return;
    setFailure(null);
    try {
      let result: ChangeResultFragment | undefined;
      const refresh = { refetchQueries: [PlansPageDocument], awaitRefetchQueries: true };
      if (action === 'START') {
        const fields = { planCode: plan.code, interval, currency, seats };
        const answer = await startSubscription({
          variables: { input: { ...fields, idempotencyKey: keyFor(JSON.stringify(fields)) } },
          ...refresh,
        });
        result = answer.data?.startSubscription;
      } else {
        const fields = { planCode: plan.code, interval, seats, ...(timing ? { timing } : {}) };
        const answer = await changeSubscription({
          variables: { input: { ...fields, idempotencyKey: keyFor(JSON.stringify(fields)) } },
          ...refresh,
        });
        result = answer.data?.changeSubscription;
      }
      if (result) {
        settle();
        onDone(outcomeMessage(result));
      }
    } catch (error) {
      setFailure(subscriptionFailure(error, seatFields));
    }
  };

  const shownFailure = failure ?? previewFailure;
  const perSeat = price?.perSeatAmount;

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{request.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {plan.name}: {seatsText(plan.includedSeats)} included
            {perSeat ? (
              <>
                , then <Money value={perSeat} /> a seat per {intervalWords[interval].unit}
              </>
            ) : null}
            .
          </Typography>
          <Box
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'flex-start',
              gap: 2,
            }}
          >
            <ToggleButtonGroup
              exclusive
              size="small"
              value={interval}
              aria-label="Billing interval"
              onChange={(_event, next: BillingInterval | null) => {
                if (next) resetFor(() => setBillingInterval(next));
              }}
              disabled={busy}
              sx={{ height: 40 }}
            >
              <ToggleButton value="MONTH">Monthly</ToggleButton>
              <ToggleButton value="YEAR">Annual</ToggleButton>
            </ToggleButtonGroup>
            {action === 'START' && (
              <TextField
                select
                size="small"
                label="Currency"
                value={currency}
                onChange={(event) => resetFor(() => setCurrency(event.target.value))}
                disabled={busy}
                sx={{ width: 120 }}
              >
                {currencies.map((code) => (
                  <MenuItem key={code} value={code}>
                    {code}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <TextField
              id={seatsId}
              size="small"
              label="Seats"
              value={seatsInput}
              onChange={(event) => resetFor(() => setSeatsInput(event.target.value))}
              error={seatsError != null}
              helperText={seatsError ?? seatsHelperText(seatsTyped, plan)}
              disabled={busy}
              slotProps={{
                htmlInput: { inputMode: 'numeric', pattern: '[0-9]*', 'aria-required': true },
              }}
              sx={{ width: 160 }}
            />
          </Box>

          {isDowngrade && (
            <FormControl>
              <FormLabel id={`${titleId}-timing`}>When should the change apply?</FormLabel>
              <RadioGroup
                aria-labelledby={`${titleId}-timing`}
                value={timing ?? 'PERIOD_END'}
                onChange={(event) => {
                  setFailure(null);
                  setTiming(event.target.value as ChangeTiming);
                }}
              >
                <FormControlLabel
                  value="PERIOD_END"
                  control={<Radio />}
                  label="At the end of the current period (default): nothing changes until then"
                  disabled={busy}
                />
                <FormControlLabel
                  value="NOW"
                  control={<Radio />}
                  label="Now: the unused time of the current plan is credited to your balance"
                  disabled={busy}
                />
              </RadioGroup>
            </FormControl>
          )}

          {unchanged ? (
            <Alert severity="info">
              This is the plan, interval and number of seats you have now. Change one of them to see
              what it costs.
            </Alert>
          ) : seats == null || preview.loading ? (
            seatsTyped == null ? null : (
              <PreviewSkeleton />
            )
          ) : previewData ? (
            <PreviewSummary preview={previewData} />
          ) : null}

          {shownFailure &&
            (shownFailure.needsBillingDetails ? (
              <BillingDetailsNeeded
                message={shownFailure.message}
                canEditDetails={canEditBillingDetails}
              />
            ) : (
              shownFailure.message && (
                <Alert severity="error" role="alert">
                  {shownFailure.message}
                </Alert>
              )
            ))}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          Back
        </Button>
        <Button
          variant="contained"
          onClick={() => void confirm()}
          disabled={busy || !previewData || unchanged || seatsTyped !== seats}
        >
          {busy ? 'Working…' : confirmLabel(previewData?.outcome, action)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
