import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { CardSkeleton } from '../../../components/CardSkeleton';
import { ErrorState } from '../../../components/ErrorState';
import { Money } from '../../../components/Money';
import { NotFoundState } from '../../../components/NotFoundState';
import { PageHeader } from '../../../components/PageHeader';
import { RoleChip } from '../../../components/RoleChip';
import { formatDay, formatMoment } from '../../../components/dates';
import { describeError, hasErrorCode } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useOperatorAccountQuery, type OperatorAccountQuery } from '../../../graphql/generated';
import { CreditAdjustmentDialog } from './CreditAdjustmentDialog';
import { EnterpriseContractDialog } from './EnterpriseContractDialog';
import { SuspensionDialog } from './SuspensionDialog';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { creditReasonLabels, invoiceStatusChips, subscriptionStatusChips } from './accountWords';

type Detail = OperatorAccountQuery['operatorAccount'];

/**
 * Back office › Accounts › one account: who its members are, its subscription and credit,
 * invoices with their payments, the credit ledger and the audit trail.
 */
export function OperatorAccountPage() {
  const { accountId = '' } = useParams();
  const { data, loading, error, refetch } = useOperatorAccountQuery({
    variables: { id: accountId, accountId },
  });
  usePageTitle(data?.operatorAccount.account.name ?? 'Account');
  const [dialog, setDialog] = useState<'suspend' | 'reactivate' | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const [contracting, setContracting] = useState(false);
  const notice = useSuccessNotice();

  if (error && !data) {
    if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundState />;
    return (
      <ErrorState
        title="We couldn’t load this account"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (loading && !data) {
    return (
      <Stack spacing={2} aria-busy="true" aria-label="Loading the account">
        <CardSkeleton lines={2} />
        <CardSkeleton />
      </Stack>
    );
  }
  const detail = data!.operatorAccount;
  const { account } = detail;
  const status = account.subscription?.status;
  return (
    <>
      <Button
        component={RouterLink}
        to="/operator/accounts"
        startIcon={<ArrowBackIcon />}
        size="small"
        sx={{ mb: 1 }}
      >
        Accounts
      </Button>
      <PageHeader
        eyebrow="Back office · Account"
        title={account.name}
        description={
          <>
            {account.plan.name} · since {formatDay(account.createdAt)} ·{' '}
            <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {account.id}
            </Box>
          </>
        }
        actions={
          account.suspendedAt ? (
            <Button variant="contained" onClick={() => setDialog('reactivate')}>
              Reactivate…
            </Button>
          ) : (
            <Button variant="outlined" color="error" onClick={() => setDialog('suspend')}>
              Suspend…
            </Button>
          )
        }
      />
      <SuspensionDialog
        open={dialog !== null}
        action={dialog ?? 'suspend'}
        account={account}
        onClose={() => setDialog(null)}
        onDone={(message) => {
          setDialog(null);
          notice.notify(message);
        }}
      />
      <CreditAdjustmentDialog
        open={adjusting}
        account={account}
        currency={account.creditBalance.currency}
        onClose={() => setAdjusting(false)}
        onDone={(message) => {
          setAdjusting(false);
          notice.notify(message);
        }}
      />
      <EnterpriseContractDialog
        open={contracting}
        account={account}
        currency={account.creditBalance.currency}
        onClose={() => setContracting(false)}
        onStarted={() => void refetch()}
      />
      <SuccessSnackbar notice={notice} />
      <Stack spacing={2.5}>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {status && (
            <Chip
              label={`Subscription: ${subscriptionStatusChips[status].label}`}
              color={subscriptionStatusChips[status].color}
              variant="outlined"
            />
          )}
          {account.suspendedAt && (
            <Chip label={`Suspended since ${formatDay(account.suspendedAt)}`} color="error" />
          )}
        </Box>
        {account.suspendedAt && (
          <Alert severity="error">
            Suspended {formatMoment(account.suspendedAt)}:{' '}
            {account.suspensionReason === 'dunning'
              ? 'an invoice is overdue after every payment retry (paying it lifts the suspension).'
              : account.suspensionReason}
          </Alert>
        )}
        <Section title="Subscription and credit">
          <Facts
            facts={[
              ['Plan', account.plan.name],
              [
                'Subscription',
                account.subscription
                  ? `${subscriptionStatusChips[account.subscription.status].label}, ${account.subscription.seats} seat${account.subscription.seats === 1 ? '' : 's'}, ${account.subscription.interval === 'YEAR' ? 'yearly' : 'monthly'}${account.subscription.cancelAtPeriodEnd ? ', ends' : ', renews'} ${formatDay(account.subscription.currentPeriodEnd)}`
                  : 'None',
              ],
              ['Credit balance', <Money key="credit" value={account.creditBalance} />],
              ['Billing e-mail', account.billingEmail ?? '—'],
              ['Country', account.country ?? '—'],
            ]}
          />
        </Section>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button variant="outlined" onClick={() => setAdjusting(true)}>
            Adjust credit balance…
          </Button>
          <Button variant="outlined" onClick={() => setContracting(true)}>
            Start Enterprise contract…
          </Button>
        </Box>
        <Members detail={detail} />
        <Invoices detail={detail} />
        <CreditLedger detail={detail} />
        <AuditTrail events={data!.auditEvents} accountId={account.id} />
      </Stack>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Facts({ facts }: { facts: [string, ReactNode][] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
        columnGap: 3,
        rowGap: { xs: 0.25, sm: 1 },
        m: 0,
        '& dt': { color: 'text.secondary', mt: { xs: 1, sm: 0 } },
        '& dd': { m: 0, overflowWrap: 'anywhere' },
      }}
    >
      {facts.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}

function Rows({ empty, children }: { empty: string; children: ReactNode[] }) {
  if (children.length === 0) {
    return <Typography color="text.secondary">{empty}</Typography>;
  }
  return (
    <Stack divider={<Divider flexItem />} spacing={1.25}>
      {children}
    </Stack>
  );
}

function Row({ main, detail, aside }: { main: ReactNode; detail?: ReactNode; aside?: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <Box sx={{ flex: '1 1 220px', minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{main}</Typography>
        {detail && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {detail}
          </Typography>
        )}
      </Box>
      {aside && <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>{aside}</Box>}
    </Box>
  );
}

function Members({ detail }: { detail: Detail }) {
  return (
    <Section title={`Members (${detail.members.length})`}>
      <Rows empty="Nobody belongs to this account.">
        {detail.members.map((member) => (
          <Row
            key={member.id}
            main={member.user.name}
            detail={`${member.user.email} · joined ${formatDay(member.joinedAt)}`}
            aside={<RoleChip role={member.role} />}
          />
        ))}
      </Rows>
    </Section>
  );
}

function Invoices({ detail }: { detail: Detail }) {
  return (
    <Section title="Invoices and payments">
      <Rows empty="No invoice has been issued yet.">
        {detail.invoices.map((invoice) => (
          <Row
            key={invoice.id}
            main={invoice.number}
            detail={
              <>
                Issued {formatDay(invoice.issuedAt)}
                {invoice.dueAt ? ` · due ${formatDay(invoice.dueAt)}` : ''} · due now{' '}
                <Money value={invoice.amountDue} />
                {invoice.payments.map((payment) => (
                  <Box component="span" key={payment.id} sx={{ display: 'block' }}>
                    {payment.method === 'CARD' ? 'Card' : 'Bank transfer'}{' '}
                    {payment.status.toLowerCase()} <Money value={payment.amount} /> on{' '}
                    {formatDay(payment.receivedAt)}
                  </Box>
                ))}
              </>
            }
            aside={
              <>
                <Money value={invoice.total} />
                <Chip
                  size="small"
                  variant="outlined"
                  label={invoiceStatusChips[invoice.status].label}
                  color={invoiceStatusChips[invoice.status].color}
                />
              </>
            }
          />
        ))}
      </Rows>
    </Section>
  );
}

function CreditLedger({ detail }: { detail: Detail }) {
  return (
    <Section title="Credit ledger">
      <Rows empty="The credit balance has never moved.">
        {detail.creditLedger.map((entry) => (
          <Row
            key={entry.id}
            main={creditReasonLabels[entry.reason]}
            detail={[
              formatMoment(entry.createdAt),
              entry.note,
              entry.invoiceNumber,
              entry.creditNoteNumber,
            ]
              .filter(Boolean)
              .join(' · ')}
            aside={<Money value={entry.amount} />}
          />
        ))}
      </Rows>
    </Section>
  );
}

function AuditTrail({
  events,
  accountId,
}: {
  events: OperatorAccountQuery['auditEvents'];
  accountId: string;
}) {
  return (
    <Section title="Audit trail">
      <Rows empty="Nothing recorded yet.">
        {events.edges.map(({ node }) => (
          <Row
            key={node.id}
            main={node.actionLabel}
            detail={`${formatMoment(node.occurredAt)} · ${node.actor ? `${node.actor.name} (${node.actor.email})` : 'Ledgerline'}`}
            aside={
              node.outcome === 'FAILURE' ? (
                <Chip size="small" label="Refused" color="warning" variant="outlined" />
              ) : undefined
            }
          />
        ))}
      </Rows>
      {events.totalCount > events.edges.length && (
        <Alert severity="info" sx={{ mt: 2 }}>
          The latest {events.edges.length} of {events.totalCount} events. The full trail is in the
          audit log API:{' '}
          <code>
            auditEvents(filter: {'{'} accountId: "{accountId}" {'}'})
          </code>
          .
        </Alert>
      )}
    </Section>
  );
}
