import { useState, type ChangeEvent, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { describeError, fieldErrorsOf, graphQLErrorsOf } from '../../../app/graphqlErrors';
import { formatDay } from '../../../components/dates';
import { ErrorState } from '../../../components/ErrorState';
import {
  ExchangeRatesDocument,
  RevenueMetricsDocument,
  useExchangeRatesQuery,
  useImportExchangeRatesMutation,
  useSaveExchangeRateMutation,
} from '../../../graphql/generated';

const refetchQueries = [
  { query: ExchangeRatesDocument, variables: { currency: null, first: 30 } },
  { query: RevenueMetricsDocument },
];

/** The lines the server refused, from `extensions.lineErrors`. */
function lineErrorsOf(error: unknown): { line: number; message: string }[] {
  const [first] = graphQLErrorsOf(error);
  const listed: unknown = first?.extensions?.lineErrors;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((entry: unknown) => {
    const { line, message } = (entry ?? {}) as Record<string, unknown>;
    return typeof line === 'number' && typeof message === 'string' ? [{ line, message }] : [];
  });
}

/**
 * Operators enter a day's rate or import many as CSV (all or nothing), and see the latest rates.
 * Every rate converts one unit of a currency into the reporting currency.
 */
export function ExchangeRatesCard({ reportingCurrency }: { reportingCurrency: string }) {
  const { data, loading, error, refetch } = useExchangeRatesQuery({
    variables: { currency: null, first: 30 },
  });
  const [save, saving] = useSaveExchangeRateMutation({ refetchQueries, awaitRefetchQueries: true });
  const [importRates, importing] = useImportExchangeRatesMutation({
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [entry, setEntry] = useState({ day: '', currency: '', rate: '' });
  const [csv, setCsv] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const fieldErrors = fieldErrorsOf(saving.error, ['day', 'currency', 'rate'] as const);
  const lineErrors = lineErrorsOf(importing.error);

  function submitEntry(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    save({ variables: { input: entry } })
      .then((result) => {
        const saved = result.data?.saveExchangeRate;
        if (saved) {
          setNotice(
            `Saved: 1 ${saved.currency} = ${saved.rate.replace(/\.?0+$/, '')} ${reportingCurrency} on ${saved.day}.`,
          );
          setEntry({ day: '', currency: '', rate: '' });
        }
      })
      .catch(() => undefined);
  }

  function submitCsv(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setTooLarge(false);
    // The server takes requests up to 100 KB: say so instead of sending what it will refuse.
    if (new Blob([csv]).size > 95_000) {
      setTooLarge(true);
      return;
    }
    importRates({ variables: { input: { csv } } })
      .then((result) => {
        const imported = result.data?.importExchangeRates.imported;
        if (imported != null) {
          setNotice(`Imported ${imported} rate${imported === 1 ? '' : 's'}.`);
          setCsv('');
        }
      })
      .catch(() => undefined);
  }

  function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) void file.text().then(setCsv);
    event.target.value = '';
  }

  return (
    <Card component="section" aria-labelledby="rates-title">
      <CardHeader
        title="Exchange rates"
        subheader={`One unit of a currency in ${reportingCurrency}, per day. A figure uses the latest rate on or before its day.`}
        slotProps={{ title: { id: 'rates-title', component: 'h2', variant: 'h6' } }}
      />
      <CardContent>
        <Stack spacing={3}>
          {notice && (
            <Alert severity="success" onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
          <Box component="form" noValidate onSubmit={submitEntry} aria-label="Enter a rate">
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                gridTemplateColumns: { xs: '1fr 1fr', md: '1.2fr 0.8fr 1fr auto' },
                alignItems: 'start',
              }}
            >
              <TextField
                label="Day"
                type="date"
                size="small"
                value={entry.day}
                onChange={(e) => setEntry({ ...entry, day: e.target.value })}
                error={!!fieldErrors.day}
                helperText={fieldErrors.day}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                label="Currency"
                size="small"
                value={entry.currency}
                onChange={(e) => setEntry({ ...entry, currency: e.target.value.toUpperCase() })}
                error={!!fieldErrors.currency}
                helperText={fieldErrors.currency}
                slotProps={{ htmlInput: { maxLength: 3 } }}
              />
              <TextField
                label={`Rate in ${reportingCurrency}`}
                size="small"
                value={entry.rate}
                placeholder="1.0842"
                onChange={(e) => setEntry({ ...entry, rate: e.target.value })}
                error={!!fieldErrors.rate}
                helperText={fieldErrors.rate}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              />
              <Button type="submit" variant="contained" disabled={saving.loading}>
                {saving.loading ? 'Saving…' : 'Save rate'}
              </Button>
            </Box>
            {saving.error && Object.keys(fieldErrors).length === 0 && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {describeError(saving.error)}
              </Alert>
            )}
          </Box>
          <Box component="form" noValidate onSubmit={submitCsv} aria-label="Import rates">
            <TextField
              label="Import CSV: day,currency,rate per line"
              value={csv}
              onChange={(e) => setCsv(e.target.value)}
              placeholder={'day,currency,rate\n2027-01-31,EUR,1.0842'}
              multiline
              minRows={3}
              fullWidth
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
            />
            <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', gap: 1 }}>
              <Button
                type="submit"
                variant="outlined"
                disabled={importing.loading || csv.trim() === ''}
              >
                {importing.loading ? 'Importing…' : 'Import'}
              </Button>
              <Button component="label" variant="text">
                Choose a file…
                <input type="file" accept=".csv,text/csv,text/plain" hidden onChange={readFile} />
              </Button>
            </Stack>
            {tooLarge && (
              <Alert severity="error" sx={{ mt: 1 }}>
                This is too much for one import (at most 4,000 rates, about 90 KB): split the file.
              </Alert>
            )}
            {importing.error && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {describeError(importing.error)}
                {lineErrors.length > 0 && (
                  <Box
                    component="ul"
                    sx={{ m: 0, mt: 1, pl: 2 }}
                    aria-label="Lines that cannot be imported"
                  >
                    {lineErrors.map((e) => (
                      <li key={e.line}>
                        Line {e.line}: {e.message}
                      </li>
                    ))}
                  </Box>
                )}
              </Alert>
            )}
          </Box>
          {loading && !data ? (
            <Skeleton variant="rounded" height={120} />
          ) : error || !data ? (
            <ErrorState
              title="We couldn’t load the rates"
              description={describeError(error)}
              onRetry={() => void refetch()}
            />
          ) : data.exchangeRates.rates.length === 0 ? (
            <Typography color="text.secondary">
              No rates yet: figures in other currencies than {reportingCurrency} are shown
              unconverted.
            </Typography>
          ) : (
            <Box
              sx={{ overflowX: 'auto' }}
              tabIndex={0}
              role="region"
              aria-label="Latest exchange rates"
            >
              <Table size="small" aria-label="Latest exchange rates">
                <TableHead>
                  <TableRow>
                    <TableCell>Day</TableCell>
                    <TableCell>Currency</TableCell>
                    <TableCell align="right">Rate</TableCell>
                    <TableCell>Source</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.exchangeRates.rates.map((rate) => (
                    <TableRow key={rate.id}>
                      <TableCell>{formatDay(`${rate.day}T00:00:00Z`)}</TableCell>
                      <TableCell>{rate.currency}</TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {rate.rate.replace(/\.?0+$/, '')} {data.exchangeRates.reportingCurrency}
                      </TableCell>
                      <TableCell>{rate.source === 'csv' ? 'CSV import' : 'Entered'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
