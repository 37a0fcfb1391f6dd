import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { Money } from '../../../components/Money';
import { PageHeader } from '../../../components/PageHeader';
import { SuccessSnackbar, useSuccessNotice } from '../../../components/SuccessSnackbar';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import {
  type BillingInterval,
  type CatalogPlanCardFragment,
  type PlanCatalogQuery,
  useArchivePlanMutation,
  usePlanCatalogQuery,
} from '../../../graphql/generated';
import { PlanEditorDialog } from './PlanEditorDialog';
import { emptyPlanForm, formOfPlan, type PlanFormValues } from './planForm';

const perInterval: Record<BillingInterval, string> = { MONTH: '/ month', YEAR: '/ year' };

/**
 * Operators: the plan catalog. Every plan (archived ones too) with its prices on offer and the
 * older versions running subscriptions still pay; create, edit and archive.
 */
export function PlanCatalogPage() {
  usePageTitle('Plan catalog');
  const { data, loading, error, refetch } = usePlanCatalogQuery();
  const [editing, setEditing] = useState<{ values: PlanFormValues; live: number } | null>(null);
  const [archiving, setArchiving] = useState<CatalogPlanCardFragment | null>(null);
  const notice = useSuccessNotice();

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={2} role="status" aria-label="Loading the plan catalog">
        <Skeleton variant="rounded" height={160} />
        <Skeleton variant="rounded" height={160} />
      </Stack>
    );
  } else if (error || !data) {
    body = (
      <ErrorState
        title="We couldn’t load the plan catalog"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (data.planCatalog.plans.length === 0) {
    body = (
      <EmptyState title="No plans yet" description="Create the first plan customers can choose." />
    );
  } else {
    body = (
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        {data.planCatalog.plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            onEdit={() => setEditing({ values: formOfPlan(plan), live: plan.liveSubscriptions })}
            onArchive={() => setArchiving(plan)}
          />
        ))}
      </Box>
    );
  }

  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="Plan catalog"
        description="Plans, prices and entitlements. A changed price is a new version: running subscriptions keep theirs."
        actions={
          data ? (
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setEditing({ values: emptyPlanForm, live: 0 })}
            >
              New plan
            </Button>
          ) : undefined
        }
      />
      {body}
      {editing && data && (
        <PlanEditorDialog
          initial={editing.values}
          liveSubscriptions={editing.live}
          vocabulary={data.planCatalog}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            notice.notify(`${name} saved.`);
          }}
        />
      )}
      {archiving && (
        <ArchiveDialog
          plan={archiving}
          onDone={(message) => {
            setArchiving(null);
            if (message) notice.notify(message);
          }}
        />
      )}
      <SuccessSnackbar notice={notice} />
    </>
  );
}

function ArchiveDialog({
  plan,
  onDone,
}: {
  plan: CatalogPlanCardFragment;
  onDone: (message: string | null) => void;
}) {
  const [archive, { loading, error }] = useArchivePlanMutation();
  const restoring = plan.archived;
  return (
    <ConfirmDialog
      open
      title={restoring ? `Bring back ${plan.name}?` : `Archive ${plan.name}?`}
      description={
        <>
          {restoring
            ? 'Customers can choose it again.'
            : `New customers can no longer choose it. ${
                plan.liveSubscriptions === 1
                  ? 'The running subscription keeps it'
                  : `The ${plan.liveSubscriptions} running subscriptions keep it`
              } at the price they pay.`}
          {error && (
            <Typography color="error" variant="body2" sx={{ mt: 1 }}>
              {describeError(error)}
            </Typography>
          )}
        </>
      }
      confirmLabel={restoring ? 'Bring back' : 'Archive plan'}
      destructive={!restoring}
      busy={loading}
      onCancel={() => onDone(null)}
      onConfirm={() => {
        archive({ variables: { input: { planId: plan.id, archived: !restoring } } })
          .then(() =>
            onDone(restoring ? `${plan.name} is back in the catalog.` : `${plan.name} archived.`),
          )
          .catch(() => undefined);
      }}
    />
  );
}

type PlanCardProps = {
  plan: PlanCatalogQuery['planCatalog']['plans'][number];
  onEdit: () => void;
  onArchive: () => void;
};

function PlanCard({ plan, onEdit, onArchive }: PlanCardProps) {
  const onOffer = plan.prices.filter((p) => p.active);
  const older = plan.prices.filter((p) => !p.active && p.liveSubscriptions > 0);
  const facts = [
    `${plan.includedSeats} seat${plan.includedSeats === 1 ? '' : 's'} included`,
    plan.trialDays > 0 ? `${plan.trialDays}-day trial` : 'no trial',
    plan.cancellationFeeBps > 0
      ? `${plan.cancellationFeeBps / 100} % cancellation fee`
      : 'no cancellation fee',
    `${plan.liveSubscriptions} live subscription${plan.liveSubscriptions === 1 ? '' : 's'}`,
  ];
  return (
    <Card component="section" aria-label={plan.name} sx={{ opacity: plan.archived ? 0.75 : 1 }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="h6" component="h2">
            {plan.name}
          </Typography>
          <Chip size="small" label={plan.code} variant="outlined" />
          {plan.archived && <Chip size="small" label="Archived" color="warning" />}
          {plan.customPricing && <Chip size="small" label="Priced per account" />}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {plan.description}
        </Typography>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {facts.join(' · ')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {plan.features.map((f) => f.label).join(', ') || 'No features'}
          {plan.limits.length > 0 &&
            ` · ${plan.limits
              .map((l) => `${l.label}: ${l.limit == null ? 'unlimited' : l.limit.toLocaleString()}`)
              .join(', ')}`}
        </Typography>
        {onOffer.length + older.length > 0 && (
          <Box sx={{ overflowX: 'auto', mt: 2 }}>
            <Table size="small" aria-label={`${plan.name} prices`}>
              <TableHead>
                <TableRow>
                  <TableCell>Price</TableCell>
                  <TableCell>Per extra seat</TableCell>
                  <TableCell align="right">Version</TableCell>
                  <TableCell align="right">Live</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {[...onOffer, ...older].map((price) => (
                  <TableRow key={price.id}>
                    <TableCell>
                      <Money value={price.amount} /> {perInterval[price.interval]}
                      {!price.active && (
                        <Typography component="span" variant="caption" color="text.secondary">
                          {' '}
                          (older)
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {price.perSeatAmount ? <Money value={price.perSeatAmount} /> : '—'}
                    </TableCell>
                    <TableCell align="right">v{price.version}</TableCell>
                    <TableCell align="right">{price.liveSubscriptions}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <Button onClick={onEdit} aria-label={`Edit ${plan.name}`}>
          Edit
        </Button>
        {plan.code !== 'free' && (
          <Button onClick={onArchive} color={plan.archived ? 'primary' : 'warning'}>
            {plan.archived ? 'Bring back' : 'Archive'}
          </Button>
        )}
      </CardActions>
    </Card>
  );
}
