import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuList from '@mui/material/MenuList';
import MenuItem from '@mui/material/MenuItem';
import Popover from '@mui/material/Popover';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import LogoutIcon from '@mui/icons-material/Logout';
import DevicesOtherIcon from '@mui/icons-material/DevicesOther';
import TourOutlinedIcon from '@mui/icons-material/TourOutlined';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RoleChip } from '../components/RoleChip';
import { goToSignIn, signOut, type SignOutScope } from './session';
import { useGuidedTour } from './tour/GuidedTour';
import type { SignedInViewer } from './ViewerContext';

type UserMenuPopupsProps = {
  viewer: SignedInViewer;
  menuId: string;
  /** The avatar button the menu hangs from while open; null when closed. */
  anchor: HTMLElement | null;
  onClose: () => void;
};

/**
 * The user menu itself, the "Sign out everywhere?" confirmation and the sign-out error: a script
 * of their own (UserMenu fetches it when the menu is first opened, or the browser is idle), so
 * a first page load does not wait for menus, dialogs and snackbars nobody has asked for yet.
 */
export function UserMenuPopups({ viewer, menuId, anchor, onClose }: UserMenuPopupsProps) {
  const { user } = viewer;
  const [confirmingEverywhere, setConfirmingEverywhere] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [failed, setFailed] = useState(false);
  const { startTour } = useGuidedTour();

  const closeMenu = onClose;

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
      {/* Who is signed in sits above the menu, not inside it: a menu holds only its items. */}
      <Popover
        anchorEl={anchor}
        open={anchor != null}
        onClose={closeMenu}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { mt: 1, minWidth: 260, maxWidth: 320, py: 1 } } }}
      >
        <Box sx={{ px: 2, pt: 1, pb: 1.5 }}>
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
        <MenuList
          id={menuId}
          aria-label="User menu"
          autoFocusItem={anchor != null}
          // As MUI's Menu does: Tab leaves the menu and closes it.
          onKeyDown={(event) => {
            if (event.key === 'Tab') {
              event.preventDefault();
              closeMenu();
            }
          }}
        >
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
        </MenuList>
      </Popover>
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
