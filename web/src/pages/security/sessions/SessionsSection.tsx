import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import DevicesOutlinedIcon from '@mui/icons-material/DevicesOutlined';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeError } from '../../../app/graphqlErrors';
import {
  useRevokeOtherSessionsMutation,
  useRevokeSessionMutation,
  useSessionsQuery,
  type SessionListFragment,
} from '../../../graphql/generated';
import { SessionCards, SessionTable } from './SessionList';
import { SecurityListBody, SecuritySection } from '../SecuritySection';
import { writeSessions } from './sessionsCache';
import { lastSeenPhrase, otherSessionsText } from './sessionText';

type Confirming = { kind: 'one'; session: SessionListFragment } | { kind: 'others' } | null;

/** The "Sessions" section of the Security page: where you are signed in, and signing out there. */
export function SessionsSection() {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const query = useSessionsQuery({ notifyOnNetworkStatusChange: true });
  const { data } = query;
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

  const List = phone ? SessionCards : SessionTable;

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
    <SecuritySection
      title="Sessions"
      description="Browsers signed in as you. Sign out any you don’t recognise or no longer use."
      action={
        others > 0 && (
          <Button
            variant="outlined"
            color="error"
            onClick={() => setConfirming({ kind: 'others' })}
          >
            Sign out all other sessions
          </Button>
        )
      }
      overlays={
        <>
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
        </>
      }
    >
      {revokeError && (
        <Alert severity="error" onClose={() => setRevokeError(null)}>
          {revokeError}
        </Alert>
      )}
      <SecurityListBody
        query={query}
        loadingLabel="Loading sessions"
        placeholderRows={1}
        errorTitle="We couldn’t load your sessions"
        empty={sessions.length === 0}
        emptyState={
          <EmptyState
            icon={<DevicesOutlinedIcon />}
            title="No sessions to show"
            description="Your signed-in browsers appear here. Reload the page if this one is missing."
          />
        }
      >
        <List sessions={sessions} onRevoke={(session) => setConfirming({ kind: 'one', session })} />
      </SecurityListBody>
    </SecuritySection>
  );
}
