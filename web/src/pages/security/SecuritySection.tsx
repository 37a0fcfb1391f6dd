import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from '../../components/ErrorState';
import { describeError } from '../../app/graphqlErrors';

type SecuritySectionProps = {
  title: string;
  description: ReactNode;
  /** A line under the description, e.g. how much of a plan limit is used. */
  summary?: ReactNode;
  /** The section's main action, beside the title (wraps under it on a narrow screen). */
  action?: ReactNode;
  /** Notices and the section's body, in order. */
  children: ReactNode;
  /** Dialogs and snackbars: part of the section, outside its padded content. */
  overlays?: ReactNode;
};

/** One section of the Security page: a card titled with a heading that names the section. */
export function SecuritySection({
  title,
  description,
  summary,
  action,
  children,
  overlays,
}: SecuritySectionProps) {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} sx={{ height: 'auto' }}>
      <CardContent sx={{ display: 'grid', gap: 2.5, p: { xs: 2, sm: 3 } }}>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'flex-start',
            justifyContent: 'space-between',
            gap: 2,
          }}
        >
          <Box sx={{ minWidth: 0, flex: '1 1 320px' }}>
            <Typography variant="h6" component="h2" id={titleId}>
              {title}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 640 }}>
              {description}
            </Typography>
            {summary}
          </Box>
          {action}
        </Box>
        {children}
      </CardContent>
      {overlays}
    </Card>
  );
}

type SecurityListBodyProps = {
  /** The list's query, as its generated hook answers it. */
  query: { data?: unknown; loading: boolean; error?: unknown; refetch: () => unknown };
  /** The loading placeholder's accessible name, e.g. "Loading sessions". */
  loadingLabel: string;
  /** Placeholder rows under the header row while loading. */
  placeholderRows: number;
  errorTitle: string;
  empty: boolean;
  /** Shown instead of the list when it is empty (an `EmptyState`). */
  emptyState: ReactNode;
  /** The list itself. */
  children: ReactNode;
};

/** A section's list with its loading, error and empty states. */
export function SecurityListBody({
  query: { data, loading, error, refetch },
  loadingLabel,
  placeholderRows,
  errorTitle,
  empty,
  emptyState,
  children,
}: SecurityListBodyProps) {
  // Placeholders only for the first load: a refetch keeps the list on screen.
  if (loading && !data) {
    return (
      <Stack spacing={1} role="status" aria-label={loadingLabel}>
        <Skeleton variant="rounded" height={40} />
        {Array.from({ length: placeholderRows }, (_, row) => (
          <Skeleton key={row} variant="rounded" height={56} />
        ))}
      </Stack>
    );
  }
  if (error || !data) {
    return (
      <ErrorState
        title={errorTitle}
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  return <>{empty ? emptyState : children}</>;
}
