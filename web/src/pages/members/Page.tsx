import { useState } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { EmptyState } from '../../components/EmptyState';
import { NoAccountState } from '../../components/NoAccountState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../app/usePageTitle';
import { useViewer } from '../../app/ViewerContext';
import { canManageMembers } from './access';
import { InviteMemberAction } from './InviteMemberAction';
import { LeaveAccountCard } from './LeaveAccountCard';
import { MembersSection } from './MembersSection';

/** Members: who is in the account, with which role, and who is invited (docs/API.md "Members and invitations"). */
export function MembersPage() {
  usePageTitle('Members');
  const viewer = useViewer();
  const [inviting, setInviting] = useState(false);
  const manages = canManageMembers(viewer);

  let body;
  if (viewer.account == null) {
    body = <NoAccountState description="Members belong to an account." />;
  } else if (!manages) {
    body = (
      <Stack spacing={3}>
        <Card component="section" aria-label="Members">
          <CardContent>
            <EmptyState
              icon={<LockOutlinedIcon />}
              title="Only Billing Admins manage members"
              description="Inviting people and changing their roles is up to the account’s Billing Admins. Ask one if someone needs access."
            />
          </CardContent>
        </Card>
        <LeaveAccountCard accountName={viewer.account.name} />
      </Stack>
    );
  } else {
    body = (
      <MembersSection
        accountName={viewer.account.name}
        canTransfer={viewer.role === 'BILLING_ADMIN'}
        inviting={inviting}
        onInvite={() => setInviting(true)}
        onInviteClosed={() => setInviting(false)}
      />
    );
  }

  return (
    <>
      <PageHeader
        eyebrow="Account"
        title="Members"
        description="The people who can see or manage this account’s billing, and their roles."
        actions={
          manages &&
          viewer.account != null && <InviteMemberAction onInvite={() => setInviting(true)} />
        }
      />
      {body}
    </>
  );
}
