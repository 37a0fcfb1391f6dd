import AccountBalanceOutlinedIcon from '@mui/icons-material/AccountBalanceOutlined';
import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import PaymentsOutlinedIcon from '@mui/icons-material/PaymentsOutlined';
import QueryStatsOutlinedIcon from '@mui/icons-material/QueryStatsOutlined';
import ReplayOutlinedIcon from '@mui/icons-material/ReplayOutlined';
import RequestQuoteOutlinedIcon from '@mui/icons-material/RequestQuoteOutlined';
import BusinessOutlinedIcon from '@mui/icons-material/BusinessOutlined';
import LockResetOutlinedIcon from '@mui/icons-material/LockResetOutlined';
import MarkunreadMailboxOutlinedIcon from '@mui/icons-material/MarkunreadMailboxOutlined';
import SpaceDashboardOutlinedIcon from '@mui/icons-material/SpaceDashboardOutlined';
import UpdateOutlinedIcon from '@mui/icons-material/UpdateOutlined';
import WebhookOutlinedIcon from '@mui/icons-material/WebhookOutlined';
import type { NavigationItem } from '../navigation';
import type { SignedInViewer } from '../ViewerContext';

/**
 * The back office's navigation, in order (operators only: BackOfficeLayout shows it to nobody
 * else). A new back-office page is one line here plus its route in routes.ts and AppRoutes.tsx
 * (inside the BackOfficeLayout route). The first entry is where `/operator` leads.
 */
export const backOfficeNavigationItems: readonly NavigationItem[] = [
  { label: 'Accounts', path: '/operator/accounts', icon: BusinessOutlinedIcon },
  { label: 'All invoices', path: '/operator/invoices', icon: RequestQuoteOutlinedIcon },
  { label: 'Bank transfers', path: '/operator/bank-transfers', icon: AccountBalanceOutlinedIcon },
  {
    label: 'Payment methods per country',
    path: '/operator/payment-methods',
    icon: PaymentsOutlinedIcon,
  },
  { label: 'Plan catalog', path: '/operator/plans', icon: Inventory2OutlinedIcon },
  { label: 'Revenue', path: '/operator/revenue', icon: QueryStatsOutlinedIcon },
  { label: 'Mail outbox', path: '/operator/mail', icon: MarkunreadMailboxOutlinedIcon },
  { label: 'Stripe events', path: '/operator/stripe-events', icon: WebhookOutlinedIcon },
  { label: 'Failed jobs', path: '/operator/jobs', icon: ReplayOutlinedIcon },
  { label: 'Two-factor reset', path: '/operator/two-factor', icon: LockResetOutlinedIcon },
  { label: 'Test clock', path: '/operator/test-clock', icon: UpdateOutlinedIcon },
  // Operators who are also members of an account go back to it here (or switch in the app bar).
  {
    label: 'Your account',
    path: '/',
    icon: SpaceDashboardOutlinedIcon,
    exact: true,
    visibleTo: (viewer) => viewer.account != null,
  },
];

/** The back office's home: its first page. */
export const backOfficeHomePath = backOfficeNavigationItems[0]!.path;

export function backOfficeNavigationFor(viewer: SignedInViewer): NavigationItem[] {
  return backOfficeNavigationItems.filter((item) => item.visibleTo?.(viewer) ?? true);
}
