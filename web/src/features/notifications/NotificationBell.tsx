import { lazy, Suspense } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import NotificationsNoneOutlinedIcon from '@mui/icons-material/NotificationsNoneOutlined';
import { useNotificationBellQuery } from '../../graphql/generated';

/**
 * MUI's tooltip brings Popper.js (about 11 kB of gzip): it follows in a script of its own, so the
 * first screen does not wait for it. Until it is there (a moment after the first paint) the bell
 * is the same button without the hover text; its accessible name is the label either way.
 */
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

/** How often the bell asks for new notifications while the app is open. */
export const bellPollMs = 60_000;

/** The unread count as the bell's label says it. */
export function bellLabel(unread: number | null): string {
  if (unread === null || unread === 0) return 'Notifications';
  // The badge's own text ("99+" past 99) is part of the name, as WCAG's label-in-name asks.
  return `Notifications, ${unread > 99 ? '99+' : unread} unread`;
}

/**
 * The app bar's bell: the member's unread notifications as a badge, a link to the Notifications
 * page. Refreshed every minute and after marking read (the mutation refetches it).
 */
export function NotificationBell() {
  const { data } = useNotificationBellQuery({
    pollInterval: bellPollMs,
    fetchPolicy: 'cache-and-network',
  });
  const unread = data?.notifications.unreadCount ?? null;
  const label = bellLabel(unread);
  const button = (
    <IconButton component={RouterLink} to="/notifications" aria-label={label} color="inherit">
      <Badge badgeContent={unread !== null && unread > 0 ? unread : null} color="error" max={99}>
        <NotificationsNoneOutlinedIcon />
      </Badge>
    </IconButton>
  );
  return (
    <Suspense fallback={button}>
      <Tooltip title={label}>{button}</Tooltip>
    </Suspense>
  );
}
