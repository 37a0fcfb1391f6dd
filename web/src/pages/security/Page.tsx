import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import { EmptyState } from '../../components/EmptyState';
import { NoAccountState } from '../../components/NoAccountState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../app/usePageTitle';
import { useViewer } from '../../app/ViewerContext';
import { canManageSecurity } from './access';
import { ApiTokensSection } from './ApiTokensSection';

/** Settings › Security: how programs and people get into the account. */
export function SecurityPage() {
  usePageTitle('Security');
  const viewer = useViewer();

  let body;
  if (viewer.account == null) {
    body = <NoAccountState description="Security settings belong to an account." />;
  } else if (!canManageSecurity(viewer)) {
    body = (
      <Card component="section" aria-label="Security">
        <CardContent>
          <EmptyState
            icon={<LockOutlinedIcon />}
            title="Only Billing Admins manage security"
            description="API tokens and other security settings are managed by the account’s Billing Admins. Ask one if a program needs access."
          />
        </CardContent>
      </Card>
    );
  } else {
    body = <ApiTokensSection />;
  }

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Security"
        description="Control which programs can read your account’s billing data."
      />
      {body}
    </>
  );
}
