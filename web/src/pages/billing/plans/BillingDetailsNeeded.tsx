import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';

type BillingDetailsNeededProps = {
  /** The server's sentence, when it refused a change for this reason. */
  message?: string;
  canEditDetails: boolean;
};

/** A paid plan is invoiced to the billing details (and taxed by their country): add them first. */
export function BillingDetailsNeeded({ message, canEditDetails }: BillingDetailsNeededProps) {
  return (
    <Alert severity="info" role="alert">
      <AlertTitle>Billing details needed</AlertTitle>
      {message ??
        'Add your billing details (legal name, address and country) before starting a paid plan: invoices are addressed to them and taxed by their country.'}
      <Box sx={{ mt: 0.75 }}>
        {canEditDetails ? (
          <Link
            component={RouterLink}
            to="/billing/details"
            color="inherit"
            underline="always"
            sx={{ fontWeight: 600 }}
          >
            Add billing details
          </Link>
        ) : (
          'A Billing Admin, or a member they allow, can add them on the Billing details page.'
        )}
      </Box>
    </Alert>
  );
}
