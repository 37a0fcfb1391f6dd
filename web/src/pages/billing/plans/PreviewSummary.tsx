import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Money } from '../../../components/Money';
import type { PreviewSummaryFragment } from '../../../graphql/generated';
import Alert from '@mui/material/Alert';
import { collectionText, seatShortfallText } from './subscriptionText';
import { formatDay } from '../../../components/dates';

type RowProps = {
  label: ReactNode;
  value: ReactNode;
  strong?: boolean;
  /** A rule above the row (a border: a <dl> may not hold an <hr>). */
  divided?: boolean;
  /** A line under the row, part of its description (a <dl> holds only dt, dd and their div). */
  note?: ReactNode;
};

function Row({ label, value, strong, divided, note }: RowProps) {
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        justifyContent: 'space-between',
        columnGap: 2,
        py: 0.5,
        ...(divided && { borderTop: 1, borderColor: 'divider', mt: 0.5, pt: 1 }),
      }}
    >
      <Typography
        component="dt"
        variant="body2"
        color={strong ? 'text.primary' : 'text.secondary'}
        sx={{ fontWeight: strong ? 600 : 400 }}
      >
        {label}
      </Typography>
      <Typography
        component="dd"
        variant={strong ? 'subtitle1' : 'body2'}
        sx={{ m: 0, fontWeight: strong ? 700 : 500, textAlign: 'right' }}
      >
        {value}
      </Typography>
      {note && (
        <Typography
          component="dd"
          variant="body2"
          color="text.secondary"
          sx={{ m: 0, pt: 0.5, flexBasis: '100%' }}
        >
          {note}
        </Typography>
      )}
    </Box>
  );
}

/** When the change takes effect, in words. */
export function appliesText(preview: PreviewSummaryFragment): string {
  if (preview.appliesAt === 'PERIOD_END') {
    return `Applies at the end of the current period, on ${formatDay(preview.effectiveAt)}.`;
  }
  if (preview.outcome === 'TRIAL_STARTED' && preview.nextInvoiceDate) {
    return `Applies now. Your free trial runs until ${formatDay(preview.nextInvoiceDate)}; nothing is charged before then.`;
  }
  if (preview.outcome === 'TRIAL_PLAN_SWITCHED') {
    return 'Applies now, free of charge: your trial continues on the new plan.';
  }
  return 'Applies now.';
}

/** What a change bills today and next, as the server's preview computed it. */
export function PreviewSummary({ preview }: { preview: PreviewSummaryFragment }) {
  const hasLines = preview.lines.length > 0;
  const collection = collectionText(preview);
  const seatShortfall = seatShortfallText(preview);
  return (
    <Box aria-label="What this change costs" role="region">
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        {appliesText(preview)}
      </Typography>
      {seatShortfall && (
        <Alert severity="warning" sx={{ mb: 1.5 }}>
          {seatShortfall}
        </Alert>
      )}
      {hasLines && (
        <Box
          component="ul"
          aria-label="Today’s invoice lines"
          sx={{ listStyle: 'none', m: 0, p: 0 }}
        >
          {preview.lines.map((line, index) => (
            <Box
              component="li"
              key={`${line.kind}-${index}`}
              sx={{
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'baseline',
                gap: 2,
                py: 0.75,
                borderBottom: 1,
                borderColor: 'divider',
              }}
            >
              <Typography variant="body2" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {line.description}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                <Money value={line.amount} />
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <Box component="dl" sx={{ m: 0, mt: hasLines ? 1 : 0 }}>
        {hasLines && <Row label="Subtotal" value={<Money value={preview.subtotal} />} />}
        {preview.creditApplied.amount > 0 && (
          <Row
            label="Credit applied"
            value={
              <>
                −<Money value={preview.creditApplied} />
              </>
            }
          />
        )}
        {hasLines && <Row label={preview.taxLabel} value={<Money value={preview.tax} />} />}
        <Row
          label={collection.label}
          value={<Money value={preview.amountDueToday} />}
          strong
          divided
          note={collection.note}
        />
        {preview.creditAdded.amount > 0 && (
          <Row
            label="Unused time credited to your balance"
            value={<Money value={preview.creditAdded} />}
          />
        )}
        {preview.nextInvoiceDate && preview.nextInvoiceAmount && (
          <Row
            label={`Next invoice, ${formatDay(preview.nextInvoiceDate)}`}
            value={<Money value={preview.nextInvoiceAmount} />}
          />
        )}
        {preview.nextInvoiceDate == null && (
          <Row label="Next invoice" value="None: the subscription won’t renew" />
        )}
      </Box>
    </Box>
  );
}

export function PreviewSkeleton() {
  return (
    <Box role="status" aria-label="Working out the amounts">
      <Skeleton width="70%" />
      <Skeleton height={32} />
      <Skeleton height={32} />
      <Skeleton width="50%" />
    </Box>
  );
}
