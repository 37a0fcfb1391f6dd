import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import type { CursorList } from './useCursorList';

type CursorListStatesProps = {
  list: Pick<CursorList<unknown>, 'status' | 'errorText' | 'reload'>;
  /** The list's name, e.g. "Failed jobs": the section's label. */
  label: string;
  /** While the first page loads (default: skeleton rows, see `skeleton`). */
  loading?: ReactNode;
  skeleton?: { label: string; rows: number; height: number };
  errorTitle?: string;
  /** Beside "Try again" (e.g. a way out of a filter). */
  errorAction?: ReactNode;
  /** When the list has nothing: a whole state of its own (e.g. "no match, clear the filters"). */
  empty?: ReactNode;
  /** Or an empty state in a card, optionally with "Check again". */
  emptyState?: { icon?: ReactNode; title: string; description?: ReactNode; checkAgain?: boolean };
  /** The ready list. */
  children: ReactNode;
};

/**
 * The states of a cursor-paginated list before it has rows to show, one way for every list:
 * loading, the error with "Try again", and empty (with "Check again" where new rows can appear
 * while the page is open). When ready, its children.
 */
export function CursorListStates({
  list,
  label,
  loading,
  skeleton,
  errorTitle,
  errorAction,
  empty,
  emptyState,
  children,
}: CursorListStatesProps) {
  switch (list.status) {
    case 'loading':
      return (
        loading ?? (
          <Stack spacing={1} role="status" aria-label={skeleton?.label ?? `Loading ${label}`}>
            {Array.from({ length: skeleton?.rows ?? 4 }, (_, index) => (
              <Skeleton key={index} variant="rounded" height={skeleton?.height ?? 88} />
            ))}
          </Stack>
        )
      );
    case 'error':
      return (
        <Card component="section" aria-label={label}>
          <CardContent>
            <ErrorState
              title={errorTitle}
              description={list.errorText}
              onRetry={() => void list.reload()}
            />
            {errorAction}
          </CardContent>
        </Card>
      );
    case 'empty':
      return (
        empty ?? (
          <Card>
            <CardContent>
              <EmptyState
                icon={emptyState?.icon}
                title={emptyState?.title ?? 'Nothing here yet'}
                description={emptyState?.description}
                action={
                  emptyState?.checkAgain && (
                    <Button variant="outlined" onClick={() => void list.reload()}>
                      Check again
                    </Button>
                  )
                }
              />
            </CardContent>
          </Card>
        )
      );
    case 'ready':
      return <>{children}</>;
  }
}
