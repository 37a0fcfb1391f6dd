import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import type { BillingDetailsViewFragment } from '../../../graphql/generated';
import { addressLines } from './addressLines';
import { taxIdTypeLabels } from './billingDetailsForm';
import { formatMoment } from '../../../components/dates';

/** The saved billing details: who invoices are addressed to and how they reach them. */
export function BillingDetailsView({ details }: { details: BillingDetailsViewFragment }) {
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card component="section" aria-labelledby="billing-address-title">
          <CardHeader
            title="Billing address"
            subheader="Invoices are addressed to"
            slotProps={{ title: { id: 'billing-address-title' } }}
          />
          <CardContent>
            <Box component="address" sx={{ fontStyle: 'normal', overflowWrap: 'anywhere' }}>
              <Typography variant="subtitle1" component="p">
                {details.legalName}
              </Typography>
              {addressLines(details.address).map((line, index) => (
                <Typography key={index} variant="body1" color="text.secondary">
                  {line}
                </Typography>
              ))}
            </Box>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card component="section" aria-labelledby="invoicing-title">
          <CardHeader
            title="Invoicing"
            subheader="Where invoices go and what they carry"
            slotProps={{ title: { id: 'invoicing-title' } }}
          />
          <CardContent>
            <Box component="dl" sx={{ m: 0 }}>
              <DetailRow term="Billing e-mail">{details.billingEmail}</DetailRow>
              <DetailRow term="Tax id" divided>
                {details.taxId ? (
                  <>
                    <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
                      {details.taxId.value}
                    </Box>
                    <Typography component="span" variant="body2" color="text.secondary">
                      {taxIdTypeLabels[details.taxId.type] ?? details.taxId.type}
                    </Typography>
                  </>
                ) : (
                  <Typography component="span" variant="body2" color="text.secondary">
                    None
                  </Typography>
                )}
              </DetailRow>
              <DetailRow term="Last updated" divided>
                <time dateTime={details.updatedAt}>{formatMoment(details.updatedAt)}</time>
              </DetailRow>
            </Box>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}

/** A term and its description; `divided` draws the rule above it (a <dl> may not hold an <hr>). */
function DetailRow({
  term,
  divided,
  children,
}: {
  term: string;
  divided?: boolean;
  children: ReactNode;
}) {
  return (
    <Box sx={{ py: 1.25, ...(divided && { borderTop: 1, borderColor: 'divider' }) }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body1" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}
