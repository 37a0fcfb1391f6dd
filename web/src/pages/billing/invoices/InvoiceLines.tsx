import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Money } from '../../../components/Money';
import type { InvoiceLinesFragment } from '../../../graphql/generated';
import { formatDayRange } from '../../../components/dates';

type Line = InvoiceLinesFragment;

const countFormat = new Intl.NumberFormat();

function ProratedChip() {
  return (
    <Chip
      size="small"
      label="Prorated"
      variant="outlined"
      title="Covers part of a period, charged or credited by the second"
      sx={{ ml: 1, verticalAlign: 'middle' }}
    />
  );
}

/** What was billed: one row a line, credits as negative amounts. */
export function InvoiceLines({ lines, narrow }: { lines: readonly Line[]; narrow: boolean }) {
  if (narrow) {
    return (
      <Box component="ul" aria-label="Invoice lines" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {lines.map((line, index) => (
          <Box
            component="li"
            key={index}
            sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', display: 'grid', gap: 0.5 }}
          >
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
              <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {line.description}
                {line.proration && <ProratedChip />}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                <Money value={line.amount} />
              </Typography>
            </Box>
            <Typography variant="body2" color="text.secondary">
              {formatDayRange(line.periodStart, line.periodEnd)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {countFormat.format(line.quantity)} × <Money value={line.unitAmount} />
            </Typography>
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <TableContainer>
      <Table aria-label="Invoice lines" size="small" sx={{ '& th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>Description</TableCell>
            <TableCell align="right">Qty</TableCell>
            <TableCell align="right">Unit amount</TableCell>
            <TableCell align="right">Amount</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line, index) => (
            <TableRow key={index}>
              <TableCell>
                <Box component="span" sx={{ display: 'block' }}>
                  {line.description}
                </Box>
                <Typography component="span" variant="body2" color="text.secondary">
                  {formatDayRange(line.periodStart, line.periodEnd)}
                </Typography>
                {line.proration && <ProratedChip />}
              </TableCell>
              <TableCell align="right">{countFormat.format(line.quantity)}</TableCell>
              <TableCell align="right">
                <Money value={line.unitAmount} />
              </TableCell>
              <TableCell align="right">
                <Money value={line.amount} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
