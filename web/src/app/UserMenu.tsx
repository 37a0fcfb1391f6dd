import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import LogoutIcon from '@mui/icons-material/Logout';
import DevicesOtherIcon from '@mui/icons-material/DevicesOther';
import TourOutlinedIcon from '@mui/icons-material/TourOutlined';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RoleChip } from '../components/RoleChip';
import { goToSignIn, signOut, type SignOutScope } from './session';
import { useGuidedTour } from './tour/GuidedTour';
import type { SignedInViewer } from './ViewerContext';

function initialsOf(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 0 ? words.map((word) => word[0]) : [email[0]];
  return letters
    .filter((letter): letter is string => Boolean(letter))
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

export function UserMenu({ viewer }: { viewer: SignedInViewer }) {
  const { user } = viewer;
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [confirmingEverywhere, setConfirmingEverywhere] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [failed, setFailed] = useState(false);
  const { startTour } = useGuidedTour();

  const closeMenu = () => setAnchor(null);

  const endSession = async (scope: SignOutScope) => {
    setSigningOut(true);
    setFailed(false);
    try {
      await signOut(scope);
      goToSignIn();
    } catch {
      setSigningOut(false);
      setFailed(true);
    }
  };

  return (
    <>
      <Tooltip title="Your profile and sign-out">
        <IconButton
          onClick={(event) => setAnchor(event.currentTarget)}
          aria-label="Open user menu"
          aria-controls={anchor ? menuId : undefined}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          size="small"
        >
          <Avatar sx={{ width: 34, height: 34, bgcolor: 'secondary.main', fontSize: 14 }}>
            {initialsOf(user.name, user.email)}
          </Avatar>
        </IconButton>
      </Tooltip>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor != null}
        onClose={closeMenu}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { mt: 1, minWidth: 260, maxWidth: 320 } } }}
      >
        <Box component="li" role="presentation" sx={{ px: 2, pt: 1, pb: 1.5 }}>
          <Typography variant="subtitle1" sx={{ overflowWrap: 'anywhere' }}>
            {user.name}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Typography>
          {(viewer.role || viewer.isOperator) && (
            <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', mt: 1 }}>
              {viewer.role && <RoleChip role={viewer.role} />}
              {viewer.isOperator && (
                <Chip label="Operator" size="small" color="warning" variant="outlined" />
              )}
            </Box>
          )}
        </Box>
        <Divider />
        {viewer.account && (
          <MenuItem
            onClick={() => {
              closeMenu();
              startTour();
            }}
          >
            <ListItemIcon>
              <TourOutlinedIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>Take the tour</ListItemText>
          </MenuItem>
        )}
        <MenuItem
          disabled={signingOut}
          onClick={() => {
            closeMenu();
            void endSession('this-browser');
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Sign out</ListItemText>
        </MenuItem>
        <MenuItem
          disabled={signingOut}
          onClick={() => {
            closeMenu();
            setConfirmingEverywhere(true);
          }}
        >
          <ListItemIcon>
            <DevicesOtherIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Sign out everywhere</ListItemText>
        </MenuItem>
      </Menu>
      <ConfirmDialog
        open={confirmingEverywhere}
        title="Sign out everywhere?"
        description="This ends your Ledgerline sessions on every device and browser, including this one. You can sign in again at any time."
        confirmLabel="Sign out everywhere"
        destructive
        busy={signingOut}
        onCancel={() => setConfirmingEverywhere(false)}
        onConfirm={() => void endSession('everywhere')}
      />
      <Snackbar
        open={failed}
        autoHideDuration={8000}
        onClose={() => setFailed(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="error" variant="filled" onClose={() => setFailed(false)}>
          We couldn’t sign you out. Check your connection and try again.
        </Alert>
      </Snackbar>
    </>
  );
}
