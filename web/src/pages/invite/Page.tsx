import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { useApolloClient } from '@apollo/client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { RoleChip } from '../../components/RoleChip';
import { roleDescription, roleLabel, roleSummary } from '../../components/roles';
import { describeError, describeErrorNaming, hasErrorCode } from '../../app/graphqlErrors';
import { goToSignIn, signOut } from '../../app/session';
import { signInPath } from '../../app/signInLinks';
import { usePageTitle } from '../../app/usePageTitle';
import {
  useAcceptInviteMutation,
  useInvitationPreviewQuery,
  useInvitationViewerQuery,
  type InvitationPreviewQuery,
  type InvitationViewerQuery,
} from '../../graphql/generated';
import { maskEmail } from './invitation';
import { SignInFrame } from '../../components/SignInFrame';
import { formatDay } from '../../components/dates';

type Preview = InvitationPreviewQuery['invitation'];
type Viewer = NonNullable<InvitationViewerQuery['viewer']>;

/**
 * Whether the signed-in person is already in the invitation's account: a first sign-in through
 * the link joins it before this page shows. The preview names the account but (being public)
 * not its id, so the account name and the masked address are compared.
 */
export function hasJoined(preview: Preview, viewer: Viewer | null): boolean {
  if (viewer === null || preview.status !== 'ACCEPTED') return false;
  return (
    maskEmail(viewer.user.email) === preview.email &&
    viewer.accounts.some((membership) => membership.account.name === preview.accountName)
  );
}

/** The public page an invitation link opens (outside the sign-in guard, like /sign-in). */
export function InvitationPage() {
  usePageTitle('Invitation');
  const { token = '' } = useParams();
  const preview = useInvitationPreviewQuery({
    variables: { token },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  // Always ask the server: a cached viewer may belong to a session that has since ended.
  const viewer = useInvitationViewerQuery({ fetchPolicy: 'network-only' });

  let body: ReactNode;
  if ((preview.loading && !preview.data) || (viewer.loading && !viewer.data)) {
    body = (
      <Stack spacing={1.5} role="status" aria-label="Loading the invitation">
        <Skeleton variant="text" width="80%" height={40} />
        <Skeleton variant="text" />
        <Skeleton variant="rounded" height={46} />
      </Stack>
    );
  } else if (hasErrorCode(preview.error, 'NOT_FOUND')) {
    body = (
      <EmptyState
        icon={<LinkOffIcon />}
        title="This invitation link isn’t valid"
        description="It may have been mistyped, or replaced by a newer link. Ask the person who invited you to send it again."
      />
    );
  } else if (preview.error || !preview.data || viewer.error) {
    body = (
      <ErrorState
        title="We couldn’t open this invitation"
        description={describeError(preview.error ?? viewer.error)}
        onRetry={() => {
          void preview.refetch();
          void viewer.refetch();
        }}
      />
    );
  } else {
    body = (
      <InvitationDetails
        token={token}
        preview={preview.data.invitation}
        viewer={viewer.data?.viewer ?? null}
      />
    );
  }

  return <SignInFrame>{body}</SignInFrame>;
}

function InvitationDetails({
  token,
  preview,
  viewer,
}: {
  token: string;
  preview: Preview;
  viewer: Viewer | null;
}) {
  const inviter = preview.invitedByName ?? 'A Billing Admin';
  if (hasJoined(preview, viewer)) {
    return (
      <Stack spacing={2.5}>
        <Typography variant="h5" component="h1">
          You’ve joined {preview.accountName}
        </Typography>
        <Typography color="text.secondary">
          You’re a {roleLabel(preview.role)} there now. {roleSummary(preview.role)}
        </Typography>
        <Button component={RouterLink} to="/" variant="contained" size="large">
          Go to the Overview
        </Button>
      </Stack>
    );
  }

  return (
    <Stack spacing={2.5}>
      <Box>
        <Typography variant="overline" color="primary" component="p">
          Invitation
        </Typography>
        <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          Join {preview.accountName} on Ledgerline
        </Typography>
      </Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 2,
          rowGap: 1,
          m: 0,
          '& dt': { color: 'text.secondary', typography: 'body2', pt: 0.25 },
          '& dd': { m: 0, minWidth: 0, overflowWrap: 'anywhere' },
        }}
      >
        <dt>Invited by</dt>
        <dd>{inviter}</dd>
        <dt>For</dt>
        <dd>{preview.email}</dd>
        <dt>Role</dt>
        <dd>
          <RoleChip role={preview.role} />
        </dd>
        <dt>{preview.status === 'EXPIRED' ? 'Expired' : 'Expires'}</dt>
        <dd>{formatDay(preview.expiresAt)}</dd>
      </Box>
      <Typography variant="body2" color="text.secondary">
        As a {roleLabel(preview.role)}: {roleDescription(preview.role)}
      </Typography>
      <InvitationAction token={token} preview={preview} viewer={viewer} inviter={inviter} />
    </Stack>
  );
}

function InvitationAction({
  token,
  preview,
  viewer,
  inviter,
}: {
  token: string;
  preview: Preview;
  viewer: Viewer | null;
  inviter: string;
}) {
  switch (preview.status) {
    case 'EXPIRED':
      return (
        <Alert severity="warning">
          This invitation has expired. Ask {inviter} to send you a new one.
        </Alert>
      );
    case 'REVOKED':
      return (
        <Alert severity="warning">
          This invitation was withdrawn. Ask {inviter} for a new one if you still need access.
        </Alert>
      );
    case 'ACCEPTED':
      return (
        <Stack spacing={2}>
          <Alert severity="info">This invitation has already been used.</Alert>
          {viewer && (
            <Button component={RouterLink} to="/" variant="outlined">
              Go to the Overview
            </Button>
          )}
        </Stack>
      );
    case 'OPEN':
      return viewer ? (
        <AcceptInvitation token={token} preview={preview} viewer={viewer} />
      ) : (
        <Stack spacing={1.5}>
          <Button
            component={RouterLink}
            to={signInPath(`/invite/${token}`)}
            variant="contained"
            size="large"
          >
            Sign in to accept
          </Button>
          <Typography variant="body2" color="text.secondary">
            Sign in with {preview.email}. New to Ledgerline? Signing in with that address sets you
            up and adds you to {preview.accountName}.
          </Typography>
        </Stack>
      );
  }
}

function AcceptInvitation({
  token,
  preview,
  viewer,
}: {
  token: string;
  preview: Preview;
  viewer: Viewer;
}) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [acceptInvite, { loading }] = useAcceptInviteMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const [switching, setSwitching] = useState(false);
  const otherAddress = maskEmail(viewer.user.email) !== preview.email;

  const accept = async () => {
    setFailure(null);
    try {
      await acceptInvite({ variables: { input: { token } } });
      // The session now acts in the joined account: nothing cached for the old one may show.
      await client.clearStore();
      void navigate('/');
    } catch (error) {
      // FORBIDDEN names the invited address (masked); CONFLICT says used, withdrawn or expired.
      setFailure(describeErrorNaming(error, ['FORBIDDEN', 'CONFLICT', 'NOT_FOUND']));
    }
  };

  const signInElsewhere = async () => {
    setSwitching(true);
    try {
      await signOut('this-browser');
      window.location.assign(signInPath(`/invite/${token}`));
    } catch {
      goToSignIn();
    }
  };

  return (
    <Stack spacing={2}>
      {failure && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        You’re signed in as <strong>{viewer.user.email}</strong>.
        {otherAddress &&
          ` This invitation is for ${preview.email}: only that address can accept it.`}
      </Typography>
      <Button
        variant="contained"
        size="large"
        disabled={loading || switching}
        onClick={() => void accept()}
      >
        {loading ? 'Joining…' : 'Accept invitation'}
      </Button>
      <Button
        color="inherit"
        disabled={loading || switching}
        onClick={() => void signInElsewhere()}
      >
        Sign in with another address
      </Button>
    </Stack>
  );
}
