import type { SvgIconComponent } from '@mui/icons-material';
import AccountBalanceOutlinedIcon from '@mui/icons-material/AccountBalanceOutlined';
import ContactMailOutlinedIcon from '@mui/icons-material/ContactMailOutlined';
import CreditCardOutlinedIcon from '@mui/icons-material/CreditCardOutlined';
import GroupOutlinedIcon from '@mui/icons-material/GroupOutlined';
import LockResetOutlinedIcon from '@mui/icons-material/LockResetOutlined';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import PaymentsOutlinedIcon from '@mui/icons-material/PaymentsOutlined';
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import RequestQuoteOutlinedIcon from '@mui/icons-material/RequestQuoteOutlined';
import MarkunreadMailboxOutlinedIcon from '@mui/icons-material/MarkunreadMailboxOutlined';
import WorkspacePremiumOutlinedIcon from '@mui/icons-material/WorkspacePremiumOutlined';
import SpaceDashboardOutlinedIcon from '@mui/icons-material/SpaceDashboardOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
import UpdateOutlinedIcon from '@mui/icons-material/UpdateOutlined';
import WebhookOutlinedIcon from '@mui/icons-material/WebhookOutlined';
import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import QueryStatsOutlinedIcon from '@mui/icons-material/QueryStatsOutlined';
import { canReadAuditLog } from '../pages/audit/access';
import type { SignedInViewer } from './ViewerContext';

export type NavigationItem = {
  label: string;
  path: string;
  icon: SvgIconComponent;
  /** Highlight only on this exact path (for "/", which prefixes every path). */
  exact?: boolean;
  /** Leave out for viewers who cannot use the page (e.g. operator-only pages). */
  visibleTo?: (viewer: SignedInViewer) => boolean;
};

/** The shell's navigation, in order. A new page is one line here plus its route. */
export const navigationItems: readonly NavigationItem[] = [
  { label: 'Overview', path: '/', icon: SpaceDashboardOutlinedIcon, exact: true },
  { label: 'Plans', path: '/billing/plans', icon: WorkspacePremiumOutlinedIcon },
  { label: 'Invoices', path: '/billing/invoices', icon: ReceiptLongOutlinedIcon },
  { label: 'Payment methods', path: '/billing/payment-methods', icon: CreditCardOutlinedIcon },
  { label: 'Billing details', path: '/billing/details', icon: ContactMailOutlinedIcon },
  // Every member: Billing Admins manage members there, anyone can leave the account there.
  {
    label: 'Members',
    path: '/members',
    icon: GroupOutlinedIcon,
    visibleTo: (viewer) => viewer.account != null,
  },
  { label: 'Account settings', path: '/settings/account', icon: SettingsOutlinedIcon },
  // Everyone: each person manages their own two-factor sign-in there (API tokens: admins only).
  { label: 'Security', path: '/settings/security', icon: ShieldOutlinedIcon },
  { label: 'Audit log', path: '/audit', icon: ManageSearchIcon, visibleTo: canReadAuditLog },
  {
    label: 'Test clock',
    path: '/operator/test-clock',
    icon: UpdateOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'Mail outbox',
    path: '/operator/mail',
    icon: MarkunreadMailboxOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'Stripe events',
    path: '/operator/stripe-events',
    icon: WebhookOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'All invoices',
    path: '/operator/invoices',
    icon: RequestQuoteOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'Bank transfers',
    path: '/operator/bank-transfers',
    icon: AccountBalanceOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'Payment methods per country',
    path: '/operator/payment-methods',
    icon: PaymentsOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'Revenue',
    path: '/operator/revenue',
    icon: QueryStatsOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'Plan catalog',
    path: '/operator/plans',
    icon: Inventory2OutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
  {
    label: 'Two-factor reset',
    path: '/operator/two-factor',
    icon: LockResetOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator,
  },
];

export function navigationFor(viewer: SignedInViewer): NavigationItem[] {
  return navigationItems.filter((item) => item.visibleTo?.(viewer) ?? true);
}
