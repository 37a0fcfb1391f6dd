import { useId, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import PersonAddAlt1OutlinedIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { SuccessSnackbar, useSuccessNotice } from '../../components/SuccessSnackbar';
import { describeError, describeErrorNaming, hasErrorCode } from '../../app/graphqlErrors';
import {
  useMembersPageQuery,
  useRemoveMemberMutation,
  useResendInviteMutation,
  useRevokeInviteMutation,
  useTransferOwnershipMutation,
  type InvitationListFragment,
  type MemberListFragment,
} from '../../graphql/generated';
import { EditAccessDialog } from './EditAccessDialog';
import { InviteDialog, SeatLimitHint, type SentInvitation } from './InviteDialog';
import { InvitationCards, InvitationTable } from './InvitationList';
import { InviteLinkDialog } from './InviteLinkDialog';
import { MemberCards, MemberTable, type MemberAction } from './MemberList';
import { useLeaveAccount } from './useLeaveAccount';
import { openInvitationCount, seatSummary, type SeatSummary } from './members';

type MembersSectionProps = {
  accountName: string;
  canTransfer: boolean;
  inviting: boolean;
  onInvite: () => void;
  onInviteClosed: () => void;
};

/** A destructive step waiting for its confirmation. */
type Pending =
  | { kind: 'remove' | 'transfer' | 'leave'; member: MemberListFragment }
  | { kind: 'revoke'; invitation: InvitationListFragment };

function SectionCard({
  title,
  titleId,
  children,
}: {
  title: string;
  titleId: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={titleId} sx={{ height: 'auto' }}>
      <CardContent sx={{ display: 'grid', gap: 2, p: { xs: 2, sm: 3 } }}>
        <Typography variant="h6" component="h2" id={titleId}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function SeatsCard({ seats }: { seats: SeatSummary }) {
  const titleId = useId();
  return (
    <SectionCard title="Seats" titleId={titleId}>
      <Box>
        <Typography sx={{ fontWeight: 600 }}>{seats.headline}</Typography>
        {seats.limit !== null && (
          <LinearProgress
            variant="determinate"
            value={seats.percent}
            color={seats.full ? 'warning' : 'primary'}
            aria-label="Seats taken"
            sx={{ my: 1, height: 8, borderRadius: 4 }}
          />
        )}
        <Typography variant="body2" color="text.secondary">
          {seats.detail}. An open invitation holds a seat until it is accepted, revoked or expires.
        </Typography>
      </Box>
      {seats.full && (
        <Alert
          severity="info"
          action={
            <Button component={RouterLink} to="/billing/plans" color="inherit" size="small">
              See plans
            </Button>
          }
        >
          Every seat is taken. To invite someone, add seats or move to a larger plan, or revoke an
          open invitation.
        </Alert>
      )}
    </SectionCard>
  );
}

export function MembersSection({
  accountName,
  canTransfer,
  inviting,
  onInvite,
  onInviteClosed,
}: MembersSectionProps) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const membersTitleId = useId();
  const invitationsTitleId = useId();
  const { data, loading, error, refetch } = useMembersPageQuery({
    notifyOnNetworkStatusChange: true,
  });
  const refetchQueries = ['MembersPage'];
  const [resendInvite] = useResendInviteMutation();
  const [revokeInvite, revoking] = useRevokeInviteMutation({ refetchQueries });
  const [removeMember, removing] = useRemoveMemberMutation({ refetchQueries });
  // You become a Billing User: the viewer (and with it this page) changes.
  const [transferOwnership, transferring] = useTransferOwnershipMutation({
    refetchQueries: ['Viewer'],
  });
  const { leave, leaving } = useLeaveAccount();
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const [editing, setEditing] = useState<MemberListFragment | null>(null);
  // The step stays after the dialog closes, so its words don't vanish while it fades out.
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ask = (step: Pending) => {
    setFailure(null);
    setPending(step);
    setConfirming(true);
  };
  const [resendingId, setResendingId] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; seatLimit: boolean } | null>(null);
  const notice = useSuccessNotice();
  const busy = revoking.loading || removing.loading || transferring.loading || leaving;

  const onAction = (action: MemberAction, member: MemberListFragment) => {
    setFailure(null);
    if (action === 'edit') setEditing(member);
    else ask({ kind: action, member });
  };

  const resend = async (invitation: InvitationListFragment) => {
    setFailure(null);
    setResendingId(invitation.id);
    try {
      const result = await resendInvite({
        variables: { input: { invitationId: invitation.id } },
        refetchQueries,
      });
      if (result.data) {
        setSent({
          email: invitation.email,
          inviteUrl: result.data.resendInvite.inviteUrl,
          resent: true,
        });
      }
    } catch (problem) {
      // An expired invitation takes a seat again when resent: it may not fit any more.
      setFailure({
        message: describeErrorNaming(problem, ['CONFLICT']),
        seatLimit: hasErrorCode(problem, 'SEAT_LIMIT'),
      });
    } finally {
      setResendingId(null);
    }
  };

  const confirm = async (step: Pending) => {
    setFailure(null);
    try {
      switch (step.kind) {
        case 'revoke':
          await revokeInvite({ variables: { input: { invitationId: step.invitation.id } } });
          notice.notify(
            `The invitation to ${step.invitation.email} is revoked; its link no longer works.`,
          );
          break;
        case 'remove':
          await removeMember({ variables: { input: { memberId: step.member.id } } });
          notice.notify(`${step.member.user.name} is no longer a member of ${accountName}.`);
          break;
        case 'transfer':
          await transferOwnership({ variables: { input: { memberId: step.member.id } } });
          notice.notify(`${step.member.user.name} is now a Billing Admin; you are a Billing User.`);
          break;
        case 'leave':
          // This session moves to your next account, or to none: the app starts again there.
          await leave();
          return;
      }
    } catch (problem) {
      setFailure({ message: describeErrorNaming(problem, ['CONFLICT']), seatLimit: false });
    }
    setConfirming(false);
  };

  const inviteButton = (
    <Button variant="outlined" startIcon={<PersonAddAlt1OutlinedIcon />} onClick={onInvite}>
      Invite member
    </Button>
  );

  let content;
  if (loading && !data) {
    content = (
      <Stack spacing={2} role="status" aria-label="Loading members">
        <Skeleton variant="rounded" height={110} />
        <Skeleton variant="rounded" height={220} />
      </Stack>
    );
  } else if (error || !data) {
    content = (
      <Card>
        <CardContent>
          <ErrorState
            title="We couldn’t load the members"
            description={describeError(error)}
            onRetry={() => void refetch()}
          />
        </CardContent>
      </Card>
    );
  } else {
    const { members, invitations } = data;
    const seatMeter = data.account.usage.find((meter) => meter.key === 'seats');
    // The meter's `used` counts members and open invitations; the summary shows them apart.
    const seats = seatSummary(
      members.length,
      openInvitationCount(invitations),
      seatMeter ? seatMeter.limit : null,
    );
    const MemberList = phone ? MemberCards : MemberTable;
    const InvitationList = phone ? InvitationCards : InvitationTable;
    content = (
      <Stack spacing={3}>
        <SeatsCard seats={seats} />
        <SectionCard title="Members" titleId={membersTitleId}>
          <MemberList members={members} canTransfer={canTransfer} onAction={onAction} />
          {members.length <= 1 && invitations.length === 0 && (
            <EmptyState
              icon={<GroupsOutlinedIcon />}
              title="Just you so far"
              description="Invite the people who pay invoices or keep the billing details up to date, so they don’t need your sign-in."
              action={inviteButton}
            />
          )}
        </SectionCard>
        {invitations.length > 0 && (
          <SectionCard title="Pending invitations" titleId={invitationsTitleId}>
            <InvitationList
              invitations={invitations}
              busyId={resendingId}
              onResend={(invitation) => void resend(invitation)}
              onRevoke={(invitation) => ask({ kind: 'revoke', invitation })}
            />
          </SectionCard>
        )}
      </Stack>
    );
  }

  return (
    <>
      {failure && (
        <Box sx={{ mb: 3 }}>
          {failure.seatLimit ? (
            <SeatLimitHint message={failure.message} />
          ) : (
            <Alert severity="error" onClose={() => setFailure(null)}>
              {failure.message}
            </Alert>
          )}
        </Box>
      )}
      {content}

      <InviteDialog
        open={inviting}
        onClose={onInviteClosed}
        onInvited={(invitation) => {
          onInviteClosed();
          setSent(invitation);
        }}
      />
      <InviteLinkDialog sent={sent} onDone={() => setSent(null)} />
      <EditAccessDialog
        member={editing}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          notice.notify(message);
        }}
      />
      <ConfirmDialog
        open={confirming}
        {...(pending ? confirmation(pending, accountName) : placeholder)}
        destructive
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => pending && void confirm(pending)}
      />
      <SuccessSnackbar notice={notice} autoHideDuration={6000} />
    </>
  );
}

type Confirmation = { title: string; description: ReactNode; confirmLabel: string };

/** Before anything was asked (the dialog is closed then). */
const placeholder: Confirmation = { title: '', description: '', confirmLabel: 'Confirm' };

/** Each destructive step says what happens, before it happens. */
function confirmation(step: Pending, accountName: string): Confirmation {
  switch (step.kind) {
    case 'revoke':
      return {
        title: `Revoke the invitation to ${step.invitation.email}?`,
        description:
          'The link stops working at once and the seat it holds is free again. You can invite them again later.',
        confirmLabel: 'Revoke invitation',
      };
    case 'remove':
      return {
        title: `Remove ${step.member.user.name}?`,
        description: `${step.member.user.name} loses access to ${accountName} at once: their sessions in this account end and the API tokens they created stop working. To bring them back, invite them again.`,
        confirmLabel: 'Remove member',
      };
    case 'transfer':
      return {
        title: `Make ${step.member.user.name} the Billing Admin?`,
        description: `${step.member.user.name} becomes a Billing Admin and you become a Billing User: you will no longer manage members, the plan or security. Only a Billing Admin can give the role back.`,
        confirmLabel: 'Transfer ownership',
      };
    case 'leave':
      return {
        title: `Leave ${accountName}?`,
        description: `You lose access to ${accountName} at once; the API tokens you created stop working. To come back, a Billing Admin has to invite you again.`,
        confirmLabel: 'Leave account',
      };
  }
}
