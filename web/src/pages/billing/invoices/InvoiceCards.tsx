import { Link as RouterLink } from 'react-router-dom';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { Money } from '../../../components/Money';
import type { InvoiceCardsFragment } from '../../../graphql/generated';
import { invoicePath } from './invoicePaths';
import { InvoiceStatusChip } from './InvoiceStatusChip';
import { formatDay, formatDayRange } from '../../../components/dates';

/** The invoices on a phone or tablet: one card an invoice, opening its page. */
export function InvoiceCards({ invoices }: { invoices: readonly InvoiceCardsFragment[] }) {
  return (
    <Box
      component="ul"
      aria-label="Invoices"
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      {invoices.map((invoice) => (
        <li key={invoice.id}>
          <Card component="article">
            <CardActionArea
              component={RouterLink}
              to={invoicePath(invoice.id)}
              sx={{ height: '100%' }}
            >
              <CardContent sx={{ display: 'grid', gap: 1 }}>
                <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
                  <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                    <Typography
                      variant="subtitle1"
                      component="h2"
                      sx={{ lineHeight: 1.3, overflowWrap: 'anywhere' }}
                    >
                      {invoice.number}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      Issued {formatDay(invoice.issuedAt)}
                    </Typography>
                  </Box>
                  <InvoiceStatusChip status={invoice.status} />
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {formatDayRange(invoice.periodStart, invoice.periodEnd)}
                </Typography>
                <Box
                  component="dl"
                  sx={{
                    m: 0,
                    display: 'grid',
                    gridTemplateColumns: '1fr 1fr',
                    gap: 1,
                    '& dd': { m: 0, fontWeight: 600 },
                  }}
                >
                  <div>
                    <Typography component="dt" variant="caption" color="text.secondary">
                      Total
                    </Typography>
                    <Typography component="dd" variant="body1">
                      <Money value={invoice.total} />
                    </Typography>
                  </div>
                  <div>
                    <Typography component="dt" variant="caption" color="text.secondary">
                      Amount due
                    </Typography>
                    <Typography component="dd" variant="body1">
                      <Money value={invoice.amountDue} />
                    </Typography>
                  </div>
                </Box>
              </CardContent>
            </CardActionArea>
          </Card>
        </li>
      ))}
    </Box>
  );
}
