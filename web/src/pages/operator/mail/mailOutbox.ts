import type { ChipProps } from '@mui/material/Chip';
import type { MailStatus } from '../../../graphql/generated';
import { formatUtcMoment } from '../../../components/dates';

export const mailStatusLabels: Record<MailStatus, string> = {
  OUTBOX: 'In outbox',
  QUEUED: 'Queued',
  SENT: 'Sent',
  FAILED: 'Failed',
};

export const mailStatusColors: Record<MailStatus, ChipProps['color']> = {
  OUTBOX: 'info',
  QUEUED: 'warning',
  SENT: 'success',
  FAILED: 'error',
};

const templateLabels: Record<string, string> = {
  invite: 'Invitation',
};

/** The template's name in words; a template this build has no words for shows as it is. */
export const templateLabel = (template: string) => templateLabels[template] ?? template;

/** "8 Feb 2027, 09:30 UTC": the outbox is read next to server logs, which are in UTC. */
export const formatMailTime = (iso: string) => formatUtcMoment(iso);
