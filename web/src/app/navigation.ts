import type { SvgIconComponent } from '@mui/icons-material';
import AdminPanelSettingsOutlinedIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import ContactMailOutlinedIcon from '@mui/icons-material/ContactMailOutlined';
import CreditCardOutlinedIcon from '@mui/icons-material/CreditCardOutlined';
import GroupOutlinedIcon from '@mui/icons-material/GroupOutlined';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import WorkspacePremiumOutlinedIcon from '@mui/icons-material/WorkspacePremiumOutlined';
import SpaceDashboardOutlinedIcon from '@mui/icons-material/SpaceDashboardOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import ShieldOutlinedIcon from '@mui/icons-material/ShieldOutlined';
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
  // Vendor staff: their own back office, with its own navigation (backOffice/navigation.ts).
  {
    label: 'Back office',
    path: '/operator',
    icon: AdminPanelSettingsOutlinedIcon,
    visibleTo: (viewer) => viewer.isOperator || viewer.operatorNeedsTwoFactor,
  },
];

export function navigationFor(viewer: SignedInViewer): NavigationItem[] {
  return navigationItems.filter((item) => item.visibleTo?.(viewer) ?? true);
}
