import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { InvoicePartiesFragment } from '../../../graphql/generated';

type Party = {
  name: string;
  addressLines: readonly string[];
  email: string;
  taxId: string | null;
};

/** Who issued the invoice and who it is addressed to, as they were when it was issued. */
export function InvoiceParties({ invoice }: { invoice: InvoicePartiesFragment }) {
  const { seller, buyer } = invoice;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
        gap: { xs: 2.5, sm: 4 },
      }}
    >
      <PartyBlock
        heading="From"
        party={{
          name: seller.name,
          addressLines: seller.addressLines,
          email: seller.email,
          taxId: seller.vatId,
        }}
        taxIdLabel="VAT id"
      />
      <PartyBlock
        heading="Bill to"
        party={{
          name: buyer.legalName,
          addressLines: buyer.addressLines,
          email: buyer.email,
          taxId: buyer.taxId,
        }}
        taxIdLabel="Tax id"
      />
    </Box>
  );
}

function PartyBlock({
  heading,
  party,
  taxIdLabel,
}: {
  heading: string;
  party: Party;
  taxIdLabel: string;
}) {
  return (
    <Box component="section" aria-label={heading} sx={{ minWidth: 0 }}>
      <Typography variant="overline" color="text.secondary" component="h3">
        {heading}
      </Typography>
      <Box component="address" sx={{ fontStyle: 'normal', overflowWrap: 'anywhere' }}>
        <Typography variant="subtitle1" component="p">
          {party.name}
        </Typography>
        {party.addressLines.map((line, index) => (
          <Typography key={index} variant="body2" color="text.secondary">
            {line}
          </Typography>
        ))}
        <Typography variant="body2" color="text.secondary">
          {party.email}
        </Typography>
        {party.taxId && (
          <Typography variant="body2" color="text.secondary">
            {taxIdLabel}: {party.taxId}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
