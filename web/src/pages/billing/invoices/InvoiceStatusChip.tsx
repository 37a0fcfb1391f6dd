import Chip from '@mui/material/Chip';
import type { InvoiceStatus } from '../../../graphql/generated';
import { invoiceStatusChips } from './invoiceText';

export function InvoiceStatusChip({ status }: { status: InvoiceStatus }) {
  const chip = invoiceStatusChips[status] ?? { label: status, color: 'default' as const };
  return <Chip size="small" variant="outlined" label={chip.label} color={chip.color} />;
}
