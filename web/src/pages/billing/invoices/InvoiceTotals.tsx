import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Money } from '../../../components/Money';
import type { InvoiceTotalsFragment } from '../../../graphql/generated';

/** Subtotal down to the amount due, as on the PDF. */
export function InvoiceTotals({ invoice }: { invoice: InvoiceTotalsFragment }) {
  const { creditApplied } = invoice;
  return (
    <Box sx={{ ml: { sm: 'auto' }, width: { xs: '100%', sm: 360 } }}>
      <Box component="dl" aria-label="Totals" sx={{ m: 0 }}>
        <TotalRow term="Subtotal">
          <Money value={invoice.subtotal} />
        </TotalRow>
        {creditApplied.amount !== 0 && (
          <TotalRow term="Credit applied">
            {/* Shown as what it takes off; the API gives the credit used as a positive amount. */}
            <Money value={{ ...creditApplied, amount: -creditApplied.amount }} />
          </TotalRow>
        )}
        <TotalRow term={invoice.taxLabel}>
          <Money value={invoice.tax} />
        </TotalRow>
        <TotalRow term="Total" strong divided>
          <Money value={invoice.total} />
        </TotalRow>
        <TotalRow term="Paid">
          <Money value={invoice.amountPaid} />
        </TotalRow>
        <TotalRow term="Amount due" strong divided>
          <Money value={invoice.amountDue} />
        </TotalRow>
      </Box>
      {invoice.reverseCharge && invoice.reverseChargeNote && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {invoice.reverseChargeNote}
        </Typography>
      )}
    </Box>
  );
}

function TotalRow({
  term,
  strong,
  divided,
  children,
}: {
  term: string;
  strong?: boolean;
  /** A rule above the row (a border: a <dl> may not hold an <hr>). */
  divided?: boolean;
  children: ReactNode;
}) {
  return (
    <Box
      sx={{
        display: 'flex',
        justifyContent: 'space-between',
        gap: 2,
        py: 0.5,
        ...(divided && { borderTop: 1, borderColor: 'divider', mt: 0.5, pt: 1 }),
      }}
    >
      <Typography
        component="dt"
        variant="body2"
        sx={strong ? { fontWeight: 700 } : { color: 'text.secondary' }}
      >
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: strong ? 700 : 500 }}>
        {children}
      </Typography>
    </Box>
  );
}
