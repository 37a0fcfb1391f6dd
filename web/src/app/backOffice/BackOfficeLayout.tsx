import { Link as RouterLink } from 'react-router-dom';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import AdminPanelSettingsOutlinedIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { EmptyState } from '../../components/EmptyState';
import { usePageTitle } from '../usePageTitle';
import { Shell } from '../AppLayout';
import { navigationFor } from '../navigation';
import { useViewer } from '../ViewerContext';
import { backOfficeHomePath, backOfficeNavigationFor } from './navigation';

const backOfficeBadge = (
  <Chip
    label="Back office"
    size="small"
    color="warning"
    variant="outlined"
    icon={<AdminPanelSettingsOutlinedIcon />}
    sx={{ fontWeight: 600 }}
  />
);

/**
 * The operators' back office (everything under /operator): the shell with the back office's own
 * navigation, no customer wizard and no tour. Operators need no customer account; one who is a
 * member of an account switches to it from the app bar or "Your account". Anyone else sees why
 * the page is closed (the server refuses its operations anyway).
 */
export function BackOfficeLayout() {
  const viewer = useViewer();
  if (viewer.isOperator) {
    return (
      <Shell
        viewer={viewer}
        home={{ to: backOfficeHomePath, label: 'Ledgerline back office' }}
        navigation={backOfficeNavigationFor(viewer)}
        navigationLabel="Back office"
        badge={backOfficeBadge}
      />
    );
  }
  if (viewer.operatorNeedsTwoFactor) {
    return (
      <Shell
        viewer={viewer}
        home={{ to: backOfficeHomePath, label: 'Ledgerline back office' }}
        navigation={navigationFor(viewer)}
        navigationLabel="Main"
        badge={backOfficeBadge}
      >
        <TwoFactorFirst />
      </Shell>
    );
  }
  return (
    <Shell
      viewer={viewer}
      home={{ to: '/', label: 'Ledgerline, Overview' }}
      navigation={navigationFor(viewer)}
      navigationLabel="Main"
    >
      <OperatorsOnly />
    </Shell>
  );
}

function TwoFactorFirst() {
  usePageTitle('Turn on two-factor sign-in');
  return (
    <EmptyState
      icon={<LockOutlinedIcon />}
      title="Turn on two-factor sign-in to use the back office"
      description="This deployment requires operators to sign in with a second factor. Set it up on the Security page; the back office opens as soon as it is on."
      action={
        <Button component={RouterLink} to="/settings/security" variant="contained">
          Set up two-factor sign-in
        </Button>
      }
    />
  );
}

function OperatorsOnly() {
  usePageTitle('Operators only');
  return (
    <EmptyState
      icon={<LockOutlinedIcon />}
      title="This page is for the vendor’s operators"
      description="The back office is open to operators only. If you should have access, ask an administrator to grant it."
      action={
        <Button component={RouterLink} to="/" variant="contained">
          Go to Overview
        </Button>
      }
    />
  );
}
