import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import AccountBalanceWalletOutlinedIcon from '@mui/icons-material/AccountBalanceWalletOutlined';
import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import { Money } from '../../components/Money';
import type { BillingSummaryCardsFragment } from '../../graphql/generated';
import { formatDay } from '../../components/dates';

type SummaryCardProps = {
  id: string;
  title: string;
  icon: ReactNode;
  /** The figure, large. */
  value: ReactNode;
  detail: ReactNode;
  link: { to: string; label: string };
};

/** One figure with a line of context and a link to where it comes from. */
function SummaryCard({ id, title, icon, value, detail, link }: SummaryCardProps) {
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, height: '100%' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.secondary' }}>
          <Box aria-hidden="true" sx={{ display: 'flex', '& svg': { fontSize: 20 } }}>
            {icon}
          </Box>
          <Typography id={id} variant="subtitle2" component="h2">
            {title}
          </Typography>
        </Box>
        <Typography variant="h5" component="p">
          {value}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {detail}
        </Typography>
        <Link component={RouterLink} to={link.to} underline="hover" sx={{ fontWeight: 600 }}>
          {link.label}
        </Link>
      </CardContent>
    </Card>
  );
}

export function NextInvoiceCard({ account }: { account: BillingSummaryCardsFragment }) {
  const upcoming = account.subscription?.upcomingInvoice;
  return (
    <SummaryCard
      id="next-invoice-title"
      title="Next invoice"
      icon={<EventOutlinedIcon />}
      value={upcoming ? <Money value={upcoming.amountDue} /> : 'None scheduled'}
      detail={
        upcoming
          ? `Issued ${formatDay(upcoming.date)}, tax included.`
          : 'Nothing renews: the account is on a free plan or its subscription ends.'
      }
      link={{ to: '/billing/plans', label: upcoming ? 'Manage plan' : 'See plans' }}
    />
  );
}

export function AmountDueCard({ account }: { account: BillingSummaryCardsFragment }) {
  const owed = account.amountDue.amount > 0;
  return (
    <SummaryCard
      id="amount-due-title"
      title="Amount due"
      icon={<ReceiptLongOutlinedIcon />}
      value={<Money value={account.amountDue} />}
      detail={owed ? 'On open invoices, waiting for payment.' : 'Every invoice is settled.'}
      link={
        owed
          ? { to: '/billing/invoices?status=open', label: 'See open invoices' }
          : { to: '/billing/invoices', label: 'See invoices' }
      }
    />
  );
}

export function CreditBalanceCard({ account }: { account: BillingSummaryCardsFragment }) {
  return (
    <SummaryCard
      id="credit-balance-title"
      title="Credit balance"
      icon={<AccountBalanceWalletOutlinedIcon />}
      value={<Money value={account.creditBalance} />}
      detail="Taken off the next invoices before anything is charged."
      link={{ to: '/billing/invoices', label: 'See invoices' }}
    />
  );
}
