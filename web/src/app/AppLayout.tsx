import { Suspense, useState, type ReactNode } from 'react';
import { NavLink, Outlet, Link as RouterLink, useLocation } from 'react-router-dom';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import MenuIcon from '@mui/icons-material/Menu';
import { LoadingState } from '../components/LoadingState';
import { AccountSwitcher } from './AccountSwitcher';
import { BrandMark } from './BrandMark';
import { ErrorBoundary } from './ErrorBoundary';
import { navigationFor } from './navigation';
import { drawerWidth } from './theme';
import { GuidedTourProvider } from './tour/GuidedTour';
import { tourAnchorAttribute } from './tour/tourSteps';
import { UserMenu } from './UserMenu';
import { useViewer, type SignedInViewer } from './ViewerContext';

/** The signed-in frame: app bar, navigation (a drawer on phones) and the page. */
export function AppLayout() {
  const viewer = useViewer();
  const location = useLocation();
  return (
    <GuidedTourProvider>
      <AppFrame viewer={viewer}>
        {/* A page that crashes leaves the shell usable; moving to another page resets it. Each
          page is its own script, fetched when first shown (AppRoutes). */}
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<LoadingState label="Loading the page…" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppFrame>
    </GuidedTourProvider>
  );
}

/**
 * The frame while the first request says who is signed in: drawn at once on a first load, so
 * the page takes its shape immediately instead of a blank "Loading your account…" screen.
 */
export function AppLayoutLoading() {
  return (
    <AppFrame viewer={null}>
      <LoadingState label="Loading your account…" />
    </AppFrame>
  );
}

/** App bar, navigation and main region; without a viewer (still loading) only their outline. */
function AppFrame({ viewer, children }: { viewer: SignedInViewer | null; children: ReactNode }) {
  const [navigationOpen, setNavigationOpen] = useState(false);
  const accountName = viewer?.account?.name;

  return (
    <>
      <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
        <Link
          href="#main"
          sx={{
            position: 'absolute',
            left: 8,
            top: -48,
            zIndex: (theme) => theme.zIndex.tooltip,
            bgcolor: 'background.paper',
            px: 2,
            py: 1,
            borderRadius: 1,
            '&:focus': { top: 8 },
          }}
        >
          Skip to content
        </Link>
        {/* Above the permanent drawer on desktop; below the temporary one (a modal) on phones. */}
        <AppBar position="fixed" sx={(theme) => ({ zIndex: { md: theme.zIndex.drawer + 1 } })}>
          <Toolbar sx={{ gap: { xs: 1, sm: 2 } }}>
            {viewer && (
              <IconButton
                edge="start"
                aria-label="Open navigation"
                onClick={() => setNavigationOpen(true)}
                sx={{ display: { md: 'none' } }}
              >
                <MenuIcon />
              </IconButton>
            )}
            <Link component={RouterLink} to="/" underline="none" aria-label="Ledgerline, Overview">
              <BrandMark />
            </Link>
            {viewer && accountName && (
              <>
                <Divider
                  orientation="vertical"
                  flexItem
                  sx={{ my: 2, display: { xs: 'none', sm: 'block' } }}
                />
                {viewer.accounts.length > 1 ? (
                  <AccountSwitcher
                    viewer={viewer}
                    sx={{ display: { xs: 'none', sm: 'inline-flex' } }}
                  />
                ) : (
                  <AccountName name={accountName} sx={{ display: { xs: 'none', sm: 'flex' } }} />
                )}
              </>
            )}
            <Box sx={{ flexGrow: 1 }} />
            {viewer && <UserMenu viewer={viewer} />}
          </Toolbar>
        </AppBar>

        {/* On desktop the column itself carries the drawer's surface: the permanent drawer's paper
          is fixed to the viewport, so on a page longer than the screen the column (which grows
          with the page) keeps the background and edge running to the bottom. */}
        <Box
          component="nav"
          aria-label="Main"
          sx={(theme) => ({
            flexShrink: 0,
            [theme.breakpoints.up('md')]: {
              width: drawerWidth,
              bgcolor: 'background.paper',
              borderRight: `1px solid ${theme.palette.divider}`,
            },
          })}
        >
          {viewer && (
            <>
              <Drawer
                variant="temporary"
                open={navigationOpen}
                onClose={() => setNavigationOpen(false)}
                sx={{ display: { xs: 'block', md: 'none' } }}
              >
                <Toolbar>
                  <BrandMark />
                </Toolbar>
                <Divider />
                {accountName &&
                  (viewer.accounts.length > 1 ? (
                    <AccountSwitcher viewer={viewer} wrap sx={{ mx: 1.5, mt: 1.5, px: 1 }} />
                  ) : (
                    <AccountName name={accountName} wrap sx={{ px: 2.5, pt: 2 }} />
                  ))}
                <NavigationList viewer={viewer} onNavigate={() => setNavigationOpen(false)} />
              </Drawer>
              <Drawer variant="permanent" open sx={{ display: { xs: 'none', md: 'block' } }}>
                <Toolbar />
                <NavigationList viewer={viewer} tourAnchors />
              </Drawer>
            </>
          )}
        </Box>

        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{ flexGrow: 1, minWidth: 0, outline: 'none', pb: { xs: 4, md: 6 } }}
        >
          <Toolbar />
          <Container maxWidth="lg" sx={{ pt: { xs: 3, md: 4 }, px: { xs: 2, sm: 3, md: 4 } }}>
            {children}
          </Container>
        </Box>
      </Box>
    </>
  );
}

type AccountNameProps = {
  name: string;
  /** Let a long name take several lines (in the drawer) instead of being cut short. */
  wrap?: boolean;
  sx?: SxProps<Theme>;
};

function AccountName({ name, wrap = false, sx }: AccountNameProps) {
  return (
    <Box
      sx={[
        { alignItems: wrap ? 'flex-start' : 'center', gap: 1, minWidth: 0, display: 'flex' },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      <BusinessOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden="true" />
      <Typography
        variant="body2"
        noWrap={!wrap}
        sx={{ fontWeight: 600, color: 'text.secondary', maxWidth: 280, overflowWrap: 'anywhere' }}
        title={wrap ? undefined : name}
      >
        {name}
      </Typography>
    </Box>
  );
}

type NavigationListProps = {
  viewer: SignedInViewer;
  onNavigate?: () => void;
  /** The guided tour's steps point at these entries (the always-visible desktop navigation). */
  tourAnchors?: boolean;
};

function NavigationList({ viewer, onNavigate, tourAnchors = false }: NavigationListProps) {
  return (
    <List sx={{ px: 1.5, py: 2 }}>
      {/* Each link in its own <li>: a list holds list items, not links. */}
      {navigationFor(viewer).map(({ label, path, icon: Icon, exact }) => (
        <ListItem key={path} disablePadding>
          <ListItemButton
            component={NavLink}
            to={path}
            end={exact}
            onClick={onNavigate}
            {...(tourAnchors ? { [tourAnchorAttribute]: path } : {})}
          >
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={label} />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
