import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import DevicesOutlinedIcon from '@mui/icons-material/DevicesOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeError } from '../../../app/graphqlErrors';
import {
  useRevokeOtherSessionsMutation,
  useRevokeSessionMutation,
  useSessionsQuery,
  type SessionRowFragment,
} from '../../../graphql/generated';
import { SessionCards, SessionTable } from './SessionList';
import { writeSessions } from './sessionsCache';
import { lastSeenPhrase, otherSessionsText } from './sessionText';

type Confirming = { kind: 'one'; session: SessionRowFragment } | { kind: 'others' } | null;

/** The "Sessions" section of the Security page: where you are signed in, and signing out there. */
export function SessionsSection() {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const titleId = useId();
  const { data, loading, error, refetch } = useSessionsQuery({
    notifyOnNetworkStatusChange: true,
  });
  const [revokeSession, { loading: revokingOne }] = useRevokeSessionMutation();
  const [revokeOthers, { loading: revokingOthers }] = useRevokeOtherSessionsMutation();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const notice = useSuccessNotice();

  const sessions = data?.sessions ?? [];
  const others = sessions.filter((session) => !session.current).length;

  const confirm = async () => {
    if (confirming === null) return;
    setRevokeError(null);
    try {
      if (confirming.kind === 'one') {
        await revokeSession({
          variables: { input: { id: confirming.session.id } },
          update: (cache, { data: answer }) => {
            if (answer) writeSessions(cache, answer.revokeSession.sessions);
          },
        });
        notice.notify(`${confirming.session.device} is signed out.`);
      } else {
        const { data: answer } = await revokeOthers({
          update: (cache, { data: result }) => {
            if (result) writeSessions(cache, result.revokeOtherSessions.sessions);
          },
        });
        const count = answer?.revokeOtherSessions.revokedCount ?? 0;
        notice.notify(`Signed out of ${otherSessionsText(count)}. This device stays signed in.`);
      }
    } catch (failure) {
      setRevokeError(describeError(failure));
    } finally {
      setConfirming(null);
    }
  };

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={1} role="status" aria-label="Loading sessions">
        <Skeleton variant="rounded" height={40} />
        <Skeleton variant="rounded" height={56} />
      </Stack>
    );
  } else if (error || !data) {
    body = (
      <ErrorState
        title="We couldn’t load your sessions"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (sessions.length === 0) {
    body = (
      <EmptyState
        icon={<DevicesOutlinedIcon />}
        title="No sessions to show"
        description="Your signed-in browsers appear here. Reload the page if this one is missing."
      />
    );
  } else {
    const List = phone ? SessionCards : SessionTable;
    body = (
      <List sessions={sessions} onRevoke={(session) => setConfirming({ kind: 'one', session })} />
    );
  }

  const dialog =
    confirming?.kind === 'one'
      ? {
          title: `Sign out ${confirming.session.device}?`,
          description: (
            <>
              {`The browser ${lastSeenPhrase(confirming.session.lastSeenAt)}`}
              {confirming.session.ip ? ` from ${confirming.session.ip}` : ''} will be signed out at
              once. Signing in there again starts a new session.
            </>
          ),
          confirmLabel: 'Sign out',
        }
      : {
          title: 'Sign out all other sessions?',
          description: (
            <>
              {`Your ${otherSessionsText(others)} will be signed out at once; this device stays `}
              signed in. If you don’t recognise a session, also check the security of your sign-in
              provider’s account.
            </>
          ),
          confirmLabel: 'Sign out others',
        };

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
              Sessions
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 640 }}>
              Browsers signed in as you. Sign out any you don’t recognise or no longer use.
            </Typography>
          </Box>
          {others > 0 && (
            <Button
              variant="outlined"
              color="error"
              onClick={() => setConfirming({ kind: 'others' })}
            >
              Sign out all other sessions
            </Button>
          )}
        </Box>
        {revokeError && (
          <Alert severity="error" onClose={() => setRevokeError(null)}>
            {revokeError}
          </Alert>
        )}
        {body}
      </CardContent>

      <ConfirmDialog
        open={confirming !== null}
        title={dialog.title}
        description={dialog.description}
        confirmLabel={dialog.confirmLabel}
        destructive
        busy={revokingOne || revokingOthers}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void confirm()}
      />
      <SuccessSnackbar notice={notice} />
    </Card>
  );
}
