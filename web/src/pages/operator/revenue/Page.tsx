import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import QueryStatsOutlinedIcon from '@mui/icons-material/QueryStatsOutlined';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { describeError } from '../../../app/graphqlErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { formatDay, formatMonth } from '../../../components/dates';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { Money } from '../../../components/Money';
import { formatMinorUnits } from '../../../components/money';
import { PageHeader } from '../../../components/PageHeader';
import {
  type RevenueFigurePartsFragment,
  type RevenueMetricsQuery,
  useRevenueMetricsQuery,
} from '../../../graphql/generated';
import { ExchangeRatesCard } from './ExchangeRatesCard';

type Metrics = RevenueMetricsQuery['revenueMetrics'];
type Rate = Metrics['rates'][number];

const trimRate = (rate: string) => rate.replace(/\.?0+$/, '');
const dayText = (day: string) => formatDay(`${day}T00:00:00Z`);

/** "1 EUR = 1.2 USD (Jun 1, 2027)" for each rate a converted figure used. */
function RatesUsed({
  rates,
  reportingCurrency,
}: {
  rates: readonly Rate[];
  reportingCurrency: string;
}) {
  if (rates.length === 0) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="p" data-testid="rates-used">
      {rates
        .map(
          (r) => `1 ${r.currency} = ${trimRate(r.rate)} ${reportingCurrency} (${dayText(r.day)})`,
        )
        .join(' · ')}
    </Typography>
  );
}

/** A converted total with each currency below it, or why there is no total. */
function FigureValue({ figure }: { figure: RevenueFigurePartsFragment }) {
  return (
    <>
      <Typography variant="h5" component="p">
        {figure.converted ? <Money value={figure.converted} /> : '—'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {figure.byCurrency.length === 0
          ? 'Nothing yet'
          : figure.byCurrency.map((m) => formatMinorUnits(m.amount, m.currency)).join(' + ')}
      </Typography>
      {figure.missingRates.length > 0 && (
        <Typography variant="caption" color="warning.main">
          No rate yet for {figure.missingRates.join(', ')}: not converted.
        </Typography>
      )}
    </>
  );
}

function SummaryCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Typography variant="overline" color="text.secondary" component="h2">
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function ChartCard({
  title,
  subheader,
  children,
}: {
  title: string;
  subheader?: string;
  children: React.ReactNode;
}) {
  return (
    <Card component="section" aria-label={title}>
      <CardHeader
        title={title}
        subheader={subheader}
        slotProps={{ title: { component: 'h2', variant: 'h6' }, subheader: { variant: 'body2' } }}
      />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
}

function RevenueFigures({ metrics }: { metrics: Metrics }) {
  const reporting = metrics.reportingCurrency;
  const money = (value: number | null) =>
    value == null ? 'no rate' : formatMinorUnits(value, reporting);
  const months = metrics.months.map((m) => formatMonth(m.month));
  const sumCounts = (list: readonly { count: number }[]) =>
    list.reduce((sum, c) => sum + c.count, 0);
  const plans = new Map<string, { paying: number; trialing: number }>();
  for (const row of metrics.plans) {
    const total = plans.get(row.planName) ?? { paying: 0, trialing: 0 };
    plans.set(row.planName, {
      paying: total.paying + row.paying,
      trialing: total.trialing + row.trialing,
    });
  }
  const byCurrency = (figure: RevenueFigurePartsFragment, currency: string) =>
    figure.byCurrency.find((m) => m.currency === currency);
  const thisMonth = metrics.months.at(-1)!;

  return (
    <Stack spacing={3}>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' },
        }}
      >
        <SummaryCard title="MRR">
          <FigureValue figure={metrics.mrr} />
        </SummaryCard>
        <SummaryCard title="ARR">
          <FigureValue figure={metrics.arr} />
        </SummaryCard>
        <SummaryCard title="Subscriptions">
          <Typography variant="h5" component="p">
            {metrics.payingSubscriptions} paying
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {metrics.trialingSubscriptions} in a trial
          </Typography>
        </SummaryCard>
        <SummaryCard title="Receivables">
          <FigureValue figure={metrics.receivables} />
          <Typography variant="caption" color="text.secondary" component="p">
            {metrics.openInvoices} open invoice{metrics.openInvoices === 1 ? '' : 's'}
            {metrics.overdueReceivables.converted && metrics.overdueReceivables.converted.amount > 0
              ? ` · ${formatMinorUnits(metrics.overdueReceivables.converted.amount, reporting)} overdue`
              : ''}
          </Typography>
        </SummaryCard>
      </Box>
      <RatesUsed rates={metrics.rates} reportingCurrency={reporting} />

      <ChartCard
        title="MRR, last 12 months"
        subheader={`In ${reporting}, each month at its own rate`}
      >
        <Box data-testid="mrr-chart">
          <LineChart
            height={280}
            xAxis={[{ scaleType: 'point', data: months }]}
            yAxis={[{ valueFormatter: (v: number | null) => money(v), width: 80 }]}
            series={[
              {
                data: metrics.months.map((m) => m.mrr.converted?.amount ?? null),
                label: `MRR (${reporting})`,
                valueFormatter: (v: number | null) => money(v),
                area: true,
                curve: 'linear',
                connectNulls: false,
              },
            ]}
            margin={{ left: 8, right: 32 }}
          />
        </Box>
      </ChartCard>

      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <ChartCard title="Subscriptions by plan" subheader="Live now, all currencies">
          <Box data-testid="plans-chart">
            {plans.size === 0 ? (
              <Typography color="text.secondary">No live subscriptions.</Typography>
            ) : (
              <BarChart
                height={260}
                xAxis={[{ scaleType: 'band', data: [...plans.keys()] }]}
                yAxis={[{ tickMinStep: 1 }]}
                series={[
                  {
                    data: [...plans.values()].map((p) => p.paying),
                    label: 'Paying',
                    stack: 'plan',
                  },
                  {
                    data: [...plans.values()].map((p) => p.trialing),
                    label: 'In trial',
                    stack: 'plan',
                  },
                ]}
              />
            )}
          </Box>
        </ChartCard>
        <ChartCard title="New and churned accounts" subheader="Per month">
          <Box data-testid="movements-chart">
            <BarChart
              height={260}
              xAxis={[{ scaleType: 'band', data: months }]}
              yAxis={[{ tickMinStep: 1 }]}
              series={[
                { data: metrics.months.map((m) => sumCounts(m.newAccounts)), label: 'New' },
                { data: metrics.months.map((m) => sumCounts(m.churnedAccounts)), label: 'Churned' },
              ]}
            />
          </Box>
        </ChartCard>
      </Box>

      <Card component="section" aria-labelledby="by-currency-title">
        <CardHeader
          title="By currency"
          subheader={`Now, and ${formatMonth(thisMonth.month)} so far`}
          slotProps={{ title: { id: 'by-currency-title', component: 'h2', variant: 'h6' } }}
        />
        {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too. */}
        <Box
          sx={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-labelledby="by-currency-title"
        >
          <Table size="small" aria-label="Figures by currency">
            <TableHead>
              <TableRow>
                <TableCell>Currency</TableCell>
                <TableCell align="right">MRR</TableCell>
                <TableCell align="right">ARR</TableCell>
                <TableCell align="right">Receivables</TableCell>
                <TableCell align="right">Failed this month</TableCell>
                <TableCell align="right">Recovered this month</TableCell>
                <TableCell>Rate used</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {metrics.currencies.map((currency) => {
                const rate = metrics.rates.find((r) => r.currency === currency);
                const cell = (figure: RevenueFigurePartsFragment) => {
                  const value = byCurrency(figure, currency);
                  return value ? <Money value={value} /> : '—';
                };
                return (
                  <TableRow key={currency}>
                    <TableCell component="th" scope="row">
                      {currency}
                    </TableCell>
                    <TableCell align="right">{cell(metrics.mrr)}</TableCell>
                    <TableCell align="right">{cell(metrics.arr)}</TableCell>
                    <TableCell align="right">{cell(metrics.receivables)}</TableCell>
                    <TableCell align="right">{cell(thisMonth.failedAmount)}</TableCell>
                    <TableCell align="right">{cell(thisMonth.recoveredAmount)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {currency === reporting
                        ? 'reporting currency'
                        : rate
                          ? `${trimRate(rate.rate)} ${reporting} (${dayText(rate.day)})`
                          : 'no rate yet'}
                    </TableCell>
                  </TableRow>
                );
              })}
              <TableRow sx={{ '& > *': { fontWeight: 600 } }}>
                <TableCell component="th" scope="row">
                  Total in {reporting}
                </TableCell>
                <TableCell align="right">{money(metrics.mrr.converted?.amount ?? null)}</TableCell>
                <TableCell align="right">{money(metrics.arr.converted?.amount ?? null)}</TableCell>
                <TableCell align="right">
                  {money(metrics.receivables.converted?.amount ?? null)}
                </TableCell>
                <TableCell align="right">
                  {money(thisMonth.failedAmount.converted?.amount ?? null)}
                </TableCell>
                <TableCell align="right">
                  {money(thisMonth.recoveredAmount.converted?.amount ?? null)}
                </TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </Box>
      </Card>

      <Card component="section" aria-labelledby="months-title">
        <CardHeader
          title="Month by month"
          subheader={`Totals in ${reporting} at each month’s rate`}
          slotProps={{ title: { id: 'months-title', component: 'h2', variant: 'h6' } }}
        />
        <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="months-title">
          <Table size="small" aria-label="Figures by month">
            <TableHead>
              <TableRow>
                <TableCell>Month</TableCell>
                <TableCell align="right">MRR</TableCell>
                <TableCell align="right">Paying</TableCell>
                <TableCell align="right">New</TableCell>
                <TableCell align="right">Churned</TableCell>
                <TableCell align="right">Failed payments</TableCell>
                <TableCell align="right">Recovered by dunning</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {[...metrics.months].reverse().map((m) => (
                <TableRow key={m.month}>
                  <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                    {formatMonth(m.month)}
                  </TableCell>
                  <TableCell align="right">{money(m.mrr.converted?.amount ?? null)}</TableCell>
                  <TableCell align="right">{m.payingSubscriptions}</TableCell>
                  <TableCell align="right">{sumCounts(m.newAccounts)}</TableCell>
                  <TableCell align="right">{sumCounts(m.churnedAccounts)}</TableCell>
                  <TableCell align="right">
                    {m.failedPayments} · {money(m.failedAmount.converted?.amount ?? null)}
                  </TableCell>
                  <TableCell align="right">
                    {m.recoveredPayments} · {money(m.recoveredAmount.converted?.amount ?? null)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </Card>
    </Stack>
  );
}

/**
 * Operators: revenue figures (docs/API.md "Revenue figures") per currency and converted into the
 * reporting currency, with the rate each conversion used; and the exchange rates themselves.
 */
export function RevenuePage() {
  usePageTitle('Revenue');
  const { data, loading, error, refetch } = useRevenueMetricsQuery();

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={2} role="status" aria-label="Loading revenue figures">
        <Skeleton variant="rounded" height={110} />
        <Skeleton variant="rounded" height={300} />
      </Stack>
    );
  } else if (error || !data) {
    body = (
      <ErrorState
        title="We couldn’t compute the revenue figures"
        description={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (data.revenueMetrics.currencies.length === 0) {
    body = (
      <Card>
        <EmptyState
          icon={<QueryStatsOutlinedIcon />}
          title="No revenue yet"
          description="Figures appear once customers subscribe to a paid plan or are invoiced."
        />
      </Card>
    );
  } else {
    body = <RevenueFigures metrics={data.revenueMetrics} />;
  }

  return (
    <>
      <PageHeader
        eyebrow="Back office"
        title="Revenue"
        description={
          data
            ? `Per currency and in ${data.revenueMetrics.reportingCurrency}, as of ${dayText(data.revenueMetrics.day)} (UTC).`
            : 'MRR, subscriptions, churn, failed payments and receivables.'
        }
      />
      <Stack spacing={3}>
        {body}
        {data && <ExchangeRatesCard reportingCurrency={data.revenueMetrics.reportingCurrency} />}
      </Stack>
    </>
  );
}
