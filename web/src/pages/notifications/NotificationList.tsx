import { Link as RouterLink } from 'react-router-dom';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import AccountBalanceOutlinedIcon from '@mui/icons-material/AccountBalanceOutlined';
import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import CreditCardOffOutlinedIcon from '@mui/icons-material/CreditCardOffOutlined';
import HourglassBottomOutlinedIcon from '@mui/icons-material/HourglassBottomOutlined';
import PersonAddAltOutlinedIcon from '@mui/icons-material/PersonAddAltOutlined';
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import SwapHorizOutlinedIcon from '@mui/icons-material/SwapHorizOutlined';
import TaskAltOutlinedIcon from '@mui/icons-material/TaskAltOutlined';
import type { ReactNode } from 'react';
import { formatMoment } from '../../components/dates';
import { visuallyHidden } from '../../components/visuallyHidden';
import type { NotificationKind, NotificationListFragment } from '../../graphql/generated';

const kindIcons: Record<NotificationKind, ReactNode> = {
  INVOICE_ISSUED: <ReceiptLongOutlinedIcon />,
  PAYMENT_RECEIVED: <TaskAltOutlinedIcon />,
  PAYMENT_FAILED: <CreditCardOffOutlinedIcon />,
  TRIAL_ENDING: <HourglassBottomOutlinedIcon />,
  PLAN_CHANGED: <SwapHorizOutlinedIcon />,
  MEMBER_INVITED: <PersonAddAltOutlinedIcon />,
  BANK_TRANSFER_APPROVED: <AccountBalanceOutlinedIcon />,
  BANK_TRANSFER_REJECTED: <AccountBalanceOutlinedIcon />,
  ACCOUNT_SUSPENDED: <BlockOutlinedIcon />,
  ACCOUNT_REACTIVATED: <TaskAltOutlinedIcon />,
};

const alarming: ReadonlySet<NotificationKind> = new Set([
  'PAYMENT_FAILED',
  'BANK_TRANSFER_REJECTED',
  'ACCOUNT_SUSPENDED',
]);

type NotificationListProps = {
  notifications: readonly NotificationListFragment[];
  /** Marks one read; disabled while a mark is being saved. */
  onMarkRead: (id: string) => void;
  marking: boolean;
};

/** The notifications, newest first: unread ones stand out and can be marked read one by one. */
export function NotificationList({ notifications, onMarkRead, marking }: NotificationListProps) {
  return (
    <List disablePadding aria-label="Notifications">
      {notifications.map((notification, index) => {
        const unread = notification.readAt === null;
        return (
          <Box component="li" key={notification.id} sx={{ listStyle: 'none' }}>
            {index > 0 && <Divider component="div" />}
            <ListItem
              component="div"
              data-unread={unread ? 'true' : 'false'}
              sx={{
                alignItems: 'flex-start',
                gap: 2,
                py: 2,
                bgcolor: unread ? 'action.hover' : undefined,
                flexWrap: { xs: 'wrap', sm: 'nowrap' },
              }}
            >
              <Box
                aria-hidden="true"
                sx={{
                  color: alarming.has(notification.kind) ? 'error.main' : 'primary.main',
                  pt: 0.25,
                  display: 'flex',
                }}
              >
                {kindIcons[notification.kind]}
              </Box>
              <Box sx={{ flex: { xs: '1 1 calc(100% - 48px)', sm: '1 1 0' }, minWidth: 0 }}>
                <Typography
                  component="h2"
                  variant="subtitle1"
                  sx={{ fontWeight: unread ? 700 : 500, overflowWrap: 'anywhere' }}
                >
                  {unread && (
                    <Box
                      component="span"
                      sx={{
                        display: 'inline-block',
                        width: 8,
                        height: 8,
                        borderRadius: '50%',
                        bgcolor: 'primary.main',
                        mr: 1,
                        verticalAlign: 'middle',
                      }}
                    />
                  )}
                  {notification.link ? (
                    <Link component={RouterLink} to={notification.link} underline="hover">
                      {notification.title}
                    </Link>
                  ) : (
                    notification.title
                  )}
                  {unread && (
                    <Box component="span" sx={visuallyHidden}>
                      {' '}
                      (unread)
                    </Box>
                  )}
                </Typography>
                <Typography
                  variant="body2"
                  color="text.secondary"
                  sx={{ overflowWrap: 'anywhere' }}
                >
                  {notification.body}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
                  {formatMoment(notification.createdAt)}
                </Typography>
              </Box>
              {unread && (
                <Button
                  size="small"
                  onClick={() => onMarkRead(notification.id)}
                  disabled={marking}
                  aria-label={`Mark read: ${notification.title}`}
                  sx={{ flexShrink: 0, ml: { xs: 5, sm: 0 } }}
                >
                  Mark read
                </Button>
              )}
            </ListItem>
          </Box>
        );
      })}
    </List>
  );
}
