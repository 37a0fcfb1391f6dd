import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import ContactMailOutlinedIcon from '@mui/icons-material/ContactMailOutlined';

/** Asks a member who can add billing details to do so, while the account has none. */
export function BillingDetailsPrompt() {
  return (
    <Alert severity="info" icon={<ContactMailOutlinedIcon fontSize="inherit" />}>
      Add billing details so invoices carry your company name and tax id.
      <Box sx={{ mt: 0.75 }}>
        <Link
          component={RouterLink}
          to="/billing/details"
          color="inherit"
          underline="always"
          sx={{ fontWeight: 600 }}
        >
          Add billing details
        </Link>
      </Box>
    </Alert>
  );
}
