import Chip from '@mui/material/Chip';
import type { MailStatus } from '../../../graphql/generated';
import { formatMailTime, mailStatusColors, mailStatusLabels } from './mailOutbox';

export function MailStatusChip({ status }: { status: MailStatus }) {
  return (
    <Chip
      label={mailStatusLabels[status]}
      color={mailStatusColors[status]}
      size="small"
      variant="outlined"
    />
  );
}

export function MailTime({ at }: { at: string }) {
  return <time dateTime={at}>{formatMailTime(at)}</time>;
}
