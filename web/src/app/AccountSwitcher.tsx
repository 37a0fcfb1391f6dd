import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApolloClient } from '@apollo/client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import type { SxProps, Theme } from '@mui/material/styles';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import CheckIcon from '@mui/icons-material/Check';
import { roleLabel } from '../components/roles';
import { useSwitchAccountMutation } from '../graphql/generated';
import { describeError } from './graphqlErrors';
import type { SignedInViewer } from './ViewerContext';

type AccountSwitcherProps = {
  viewer: SignedInViewer;
  /** Let a long name take several lines (in the drawer) instead of being cut short. */
  wrap?: boolean;
  sx?: SxProps<Theme>;
};

/**
 * The current account's name, as a menu of every account the person belongs to (shown only when
 * there is more than one). Switching moves the session; every cached answer belonged to the old
 * account, so the store is reset and the Overview shows the new one.
 */
export function AccountSwitcher({ viewer, wrap = false, sx }: AccountSwitcherProps) {
  const menuId = useId();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [switchAccount, { loading }] = useSwitchAccountMutation();
  const current = viewer.accounts.find((membership) => membership.current);
  const name = current?.account.name ?? viewer.account?.name ?? 'Choose an account';

  const choose = async (accountId: string) => {
    setAnchor(null);
    if (accountId === current?.account.id) return;
    setFailure(null);
    try {
      await switchAccount({ variables: { input: { accountId } } });
      void navigate('/');
      await client.resetStore();
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  return (
    <>
      <Button
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={loading}
        aria-label={`Account: ${name}. Switch account`}
        aria-controls={anchor ? menuId : undefined}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        startIcon={<BusinessOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} />}
        endIcon={<ArrowDropDownIcon />}
        sx={[
          {
            minWidth: 0,
            maxWidth: wrap ? '100%' : 320,
            justifyContent: 'flex-start',
            textAlign: 'left',
            color: 'text.secondary',
            fontWeight: 600,
            textTransform: 'none',
            '& .MuiButton-startIcon': {
              alignSelf: wrap ? 'flex-start' : 'center',
              mt: wrap ? 0.25 : 0,
            },
          },
          ...(Array.isArray(sx) ? sx : [sx]),
        ]}
      >
        <span
          style={
            wrap
              ? { overflowWrap: 'anywhere' }
              : { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }
          }
          title={wrap ? undefined : name}
        >
          {name}
        </span>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { minWidth: 260, maxWidth: 360 } } }}
      >
        <ListSubheader sx={{ lineHeight: 2.5 }}>Switch account</ListSubheader>
        {viewer.accounts.map((membership) => (
          <MenuItem
            key={membership.account.id}
            selected={membership.current}
            onClick={() => void choose(membership.account.id)}
          >
            <ListItemIcon>
              {membership.current && <CheckIcon fontSize="small" aria-label="Current account" />}
            </ListItemIcon>
            <ListItemText
              primary={membership.account.name}
              secondary={roleLabel(membership.role)}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere', whiteSpace: 'normal' } } }}
            />
          </MenuItem>
        ))}
      </Menu>
      <Snackbar
        open={failure !== null}
        autoHideDuration={8000}
        onClose={() => setFailure(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="error" variant="filled" onClose={() => setFailure(null)}>
          We couldn’t switch accounts. {failure}
        </Alert>
      </Snackbar>
    </>
  );
}
