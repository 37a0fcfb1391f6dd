import { Suspense, useState, type ReactNode } from 'react';
import { NavLink, Outlet, Link as RouterLink, useLocation } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
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
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme, type SxProps, type Theme } from '@mui/material/styles';
import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import MenuIcon from '@mui/icons-material/Menu';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { formatDay } from '../components/dates';
import { LoadingState } from '../components/LoadingState';
import { AccountSwitcher } from './AccountSwitcher';
import { BrandMark } from './BrandMark';
import { ErrorBoundary } from './ErrorBoundary';
import { navigationFor, type NavigationItem } from './navigation';
import { drawerWidth } from './theme';
import { GuidedTourProvider } from './tour/GuidedTour';
import { tourAnchorAttribute } from './tour/tourSteps';
import { UserMenu } from './UserMenu';
import { useViewer, type SignedInViewer } from './ViewerContext';

/** The customer dashboard's frame: its navigation, the account's name, the guided tour. */
export function AppLayout() {
  const viewer = useViewer();
  return (
    <GuidedTourProvider>
      <Shell
        viewer={viewer}
        home={{ to: '/', label: 'Ledgerline, Overview' }}
        navigation={navigationFor(viewer)}
        navigationLabel="Main"
        tourAnchors
        banner={<SuspendedBanner viewer={viewer} />}
        actions={viewer.account ? <NotificationBell /> : undefined}
      />
    </GuidedTourProvider>
  );
}

type ShellProps = {
  viewer: SignedInViewer;
  /** Where the brand mark leads. */
  home: { to: string; label: string };
  navigation: readonly NavigationItem[];
  navigationLabel: string;
  /** Beside the brand mark in the app bar (e.g. "Back office"). */
  badge?: ReactNode;
  /** The guided tour's steps point at the desktop navigation's entries. */
  tourAnchors?: boolean;
  /** What the frame shows instead of the route's page (e.g. why the page is closed). */
  children?: ReactNode;
  /** Above every page (e.g. that the account is suspended). */
  banner?: ReactNode;
  /** In the app bar before the user menu (e.g. the notifications bell). */
  actions?: ReactNode;
};

/**
 * The signed-in frame: app bar (brand, account name or switcher, user menu), navigation (a drawer
 * on phones) and the page. The customer dashboard (AppLayout) and the operators' back office
 * (backOffice/BackOfficeLayout) are both this frame with their own navigation.
 */
export function Shell({
  viewer,
  home,
  navigation,
  navigationLabel,
  badge,
  tourAnchors = false,
  children,
  banner,
  actions,
}: ShellProps) {
  const location = useLocation();
  const [navigationOpen, setNavigationOpen] = useState(false);
  // Read at once (noSsr): the first render already has the right navigation.
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  // Grown wide with the phone's drawer open: it is gone, and stays closed when narrow again.
  if (wide && navigationOpen) setNavigationOpen(false);
  const accountName = viewer.account?.name;

  return (
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
          <IconButton
            edge="start"
            aria-label="Open navigation"
            onClick={() => setNavigationOpen(true)}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
          <Link component={RouterLink} to={home.to} underline="none" aria-label={home.label}>
            <BrandMark />
          </Link>
          {badge}
          {accountName && (
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
          {actions}
          <UserMenu viewer={viewer} />
        </Toolbar>
      </AppBar>

      {/* On desktop the column itself carries the drawer's surface: the permanent drawer's paper
        is fixed to the viewport, so on a page longer than the screen the column (which grows
        with the page) keeps the background and edge running to the bottom. */}
      <Box
        component="nav"
        aria-label={navigationLabel}
        sx={(theme) => ({
          flexShrink: 0,
          [theme.breakpoints.up('md')]: {
            width: drawerWidth,
            bgcolor: 'background.paper',
            borderRight: `1px solid ${theme.palette.divider}`,
          },
        })}
      >
        {/* One of the two, by width: a phone does not build the desktop's navigation it would
          hide (less work before the first paint), and a desktop has no use for the drawer. */}
        {wide ? (
          <Drawer variant="permanent" open>
            <Toolbar />
            <NavigationList items={navigation} tourAnchors={tourAnchors} />
          </Drawer>
        ) : (
          <Drawer
            variant="temporary"
            open={navigationOpen}
            onClose={() => setNavigationOpen(false)}
          >
            <Toolbar sx={{ gap: 1 }}>
              <BrandMark />
              {badge}
            </Toolbar>
            <Divider />
            {accountName &&
              (viewer.accounts.length > 1 ? (
                <AccountSwitcher viewer={viewer} wrap sx={{ mx: 1.5, mt: 1.5, px: 1 }} />
              ) : (
                <AccountName name={accountName} wrap sx={{ px: 2.5, pt: 2 }} />
              ))}
            <NavigationList items={navigation} onNavigate={() => setNavigationOpen(false)} />
          </Drawer>
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
          {banner}
          {/* A page that crashes leaves the shell usable; moving to another page resets it. Each
            page is its own script, fetched when first shown (AppRoutes). */}
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<LoadingState label="Loading the page…" />}>
              {children ?? <Outlet />}
            </Suspense>
          </ErrorBoundary>
        </Container>
      </Box>
    </Box>
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
  items: readonly NavigationItem[];
  onNavigate?: () => void;
  /** The guided tour's steps point at these entries (the always-visible desktop navigation). */
  tourAnchors?: boolean;
};

/**
 * The frame while the first request says who is signed in: drawn at once on a first load, so the
 * page takes its shape immediately instead of a blank "Loading your account…" screen.
 */
export function AppLayoutLoading() {
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="fixed">
        <Toolbar>
          <BrandMark />
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" sx={{ flexGrow: 1, minWidth: 0, pb: { xs: 4, md: 6 } }}>
        <Toolbar />
        <Container maxWidth="lg" sx={{ pt: { xs: 3, md: 4 }, px: { xs: 2, sm: 3, md: 4 } }}>
          <LoadingState label="Loading your account…" />
        </Container>
      </Box>
    </Box>
  );
}

function NavigationList({ items, onNavigate, tourAnchors = false }: NavigationListProps) {
  return (
    <List sx={{ px: 1.5, py: 2 }}>
      {items.map(({ label, path, icon: Icon, exact }) => (
        // Each link in its own <li>: a list holds list items, not links.
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

/**
 * A suspended account is read-only (docs/OPERATIONS.md "Suspending an account"): every page says
 * so and why, and what members can still do.
 */
function SuspendedBanner({ viewer }: { viewer: SignedInViewer }) {
  const account = viewer.account;
  if (!account?.suspendedAt) return null;
  const why =
    account.suspensionReason === 'dunning'
      ? 'an invoice is overdue after every payment retry. Paying it lifts the suspension.'
      : `${account.suspensionReason ?? 'ask us why'}.`;
  return (
    <Alert severity="error" sx={{ mb: 3 }} role="status">
      <AlertTitle>This account is suspended</AlertTitle>
      Since {formatDay(account.suspendedAt)}: {why} You can still sign in, look at everything and
      pay open invoices; changes to the plan, billing details, members and API tokens wait until it
      is reactivated.
    </Alert>
  );
}
