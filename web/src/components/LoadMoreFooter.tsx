import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

type LoadMoreFooterProps = {
  /** E.g. "Showing 25 of 40 events"; announced when it changes. */
  summary?: ReactNode;
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  onLoadMore: () => void;
  /** At the foot of a card (padded) rather than under a list. */
  inCard?: boolean;
};

/** Under a cursor-paginated list: how much is shown, and a button for the next page. */
export function LoadMoreFooter({
  summary,
  hasMore,
  loading,
  error,
  onLoadMore,
  inCard = false,
}: LoadMoreFooterProps) {
  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 1.5,
        ...(inCard ? { p: 2 } : { mt: 3 }),
      }}
    >
      {summary && (
        <Typography variant="body2" color="text.secondary" role="status">
          {summary}
        </Typography>
      )}
      {error && (
        <Alert severity="error" sx={{ width: '100%', maxWidth: 560 }}>
          {error}
        </Alert>
      )}
      {hasMore && (
        <Button variant="outlined" onClick={onLoadMore} disabled={loading}>
          {loading ? 'Loading…' : error ? 'Try again' : 'Load more'}
        </Button>
      )}
    </Box>
  );
}
