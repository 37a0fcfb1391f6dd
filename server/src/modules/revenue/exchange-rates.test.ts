import 'reflect-metadata';
import { FixedClock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import {
  type BillingTestDatabase,
  openBillingTestDatabase,
  operatorActor,
  utc,
} from '../billing/subscriptions/billing.fixture.js';
import { ExchangeRate } from './exchange-rate.entity.js';
import {
  importExchangeRates,
  listExchangeRates,
  normalizedRate,
  saveExchangeRate,
} from './exchange-rates.service.js';

let database: BillingTestDatabase;
beforeAll(async () => {
  database = await openBillingTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const clock = new FixedClock(utc('2027-02-01T09:00:00Z'));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function rates(): Promise<string[]> {
  const rows = await listExchangeRates(database.em(), 'USD', { first: 500 });
  return rows.map((r) => `${r.day} ${r.currency} ${r.rate} ${r.source}`);
}

describe('exchange rates into the reporting currency', () => {
  beforeEach(async () => {
    await database.em().nativeDelete(ExchangeRate, {});
  });

  it('stores a rate exactly as a decimal, and a second entry for the day replaces it', async () => {
    await saveExchangeRate(
      database.em(),
      { day: '2027-01-31', currency: 'eur', rate: '1.08420' },
      'USD',
      operatorActor,
      clock,
    );
    expect(await rates()).toEqual(['2027-01-31 EUR 1.0842000000 manual']);
    await saveExchangeRate(
      database.em(),
      { day: '2027-01-31', currency: 'EUR', rate: '1.1' },
      'USD',
      operatorActor,
      clock,
    );
    expect(await rates()).toEqual(['2027-01-31 EUR 1.1000000000 manual']);
    const audit = await database.em().find(AuditEvent, { action: 'exchange_rate.save' });
    expect(audit.map((a) => a.summary)).toEqual([
      { day: '2027-01-31', currency: 'EUR', rate: '1.0842', reportingCurrency: 'USD' },
      { day: '2027-01-31', currency: 'EUR', rate: '1.1', reportingCurrency: 'USD' },
    ]);
  });

  it('refuses a bad day, currency or rate, naming the field', async () => {
    const cases: [{ day: string; currency: string; rate: string }, string][] = [
      [{ day: '', currency: 'EUR', rate: '1' }, 'day'],
      [{ day: '2027-01-31', currency: ' ', rate: '1' }, 'currency'],
      [{ day: '2027-01-31', currency: 'EUR', rate: '' }, 'rate'],
      [{ day: '2027-02-30', currency: 'EUR', rate: '1' }, 'day'],
      [{ day: '31.01.2027', currency: 'EUR', rate: '1' }, 'day'],
      [{ day: '2027-01-31', currency: 'EURO', rate: '1' }, 'currency'],
      [{ day: '2027-01-31', currency: 'USD', rate: '1' }, 'currency'],
      [{ day: '2027-01-31', currency: 'EUR', rate: '0' }, 'rate'],
      [{ day: '2027-01-31', currency: 'EUR', rate: '-1.2' }, 'rate'],
      [{ day: '2027-01-31', currency: 'EUR', rate: '1,08' }, 'rate'],
      [{ day: '2027-01-31', currency: 'EUR', rate: '1.12345678901' }, 'rate'],
    ];
    for (const [entry, field] of cases) {
      const error = await refusal(
        saveExchangeRate(database.em(), entry, 'USD', operatorActor, clock),
      );
      expect([error.code, error.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await rates()).toEqual([]);
  });

  it('imports a CSV with a header in one go', async () => {
    const result = await importExchangeRates(
      database.em(),
      'date,currency,rate\r\n2027-01-30,EUR,1.08\n\n2027-01-31,"GBP",1.27\n2027-01-31;JPY;0.0068\n',
      'USD',
      operatorActor,
      clock,
    );
    expect(result).toEqual({ imported: 3 });
    expect(await rates()).toEqual([
      '2027-01-31 GBP 1.2700000000 csv',
      '2027-01-31 JPY 0.0068000000 csv',
      '2027-01-30 EUR 1.0800000000 csv',
    ]);
  });

  it('a CSV with bad lines imports nothing and names every bad line', async () => {
    const csv = [
      'day,currency,rate',
      '2027-01-30,EUR,1.08',
      '2027-13-01,EUR,1.08',
      '2027-01-31,XYZ,1.2',
      '2027-01-31,EUR',
      '2027-01-30,eur,1.09',
      '2027-01-31,GBP,abc',
    ].join('\n');
    const error = await refusal(
      importExchangeRates(database.em(), csv, 'USD', operatorActor, clock),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe('csv');
    expect(error.message).toMatch(
      /^5 lines cannot be imported \(line 3: .*\)\. Nothing was imported\.$/,
    );
    expect(error.details).toEqual({
      errorCount: 5,
      lineErrors: [
        { line: 3, message: '"2027-13-01" is not a day written YYYY-MM-DD.' },
        { line: 4, message: '"XYZ" is not a known currency code.' },
        { line: 5, message: 'Expected 3 columns (day,currency,rate), found 2.' },
        { line: 6, message: '2027-01-30 EUR is on line 2 already.' },
        {
          line: 7,
          message: '"abc" is not a rate: a positive decimal such as 1.0842 (at most 10 decimals).',
        },
      ],
    });
    expect(await rates()).toEqual([]);
    expect(
      (
        await refusal(
          importExchangeRates(database.em(), 'date,currency,rate\n', 'USD', operatorActor, clock),
        )
      ).message,
    ).toBe('There are no rates to import.');
  });

  it('refuses more rates than one import takes, storing none', async () => {
    // 4,001 distinct days of EUR from 2000-01-01.
    const lines = Array.from({ length: 4001 }, (_, i) => {
      const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
      return `${day},EUR,1.1`;
    });
    const error = await refusal(
      importExchangeRates(database.em(), lines.join('\n'), 'USD', operatorActor, clock),
    );
    expect([error.code, error.field, error.message]).toEqual([
      'BAD_USER_INPUT',
      'csv',
      'At most 4000 rates at once: split the file.',
    ]);
    expect(await rates()).toEqual([]);
  });

  it('concurrent entries of the same day leave one row', async () => {
    await Promise.all(
      ['1.01', '1.02', '1.03', '1.04'].map((rate) =>
        saveExchangeRate(
          database.em(),
          { day: '2027-01-15', currency: 'EUR', rate },
          'USD',
          operatorActor,
          clock,
        ),
      ),
    );
    const stored = await rates();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^2027-01-15 EUR 1\.0[1-4]00000000 manual$/);
  });

  it('normalises rates without floats', () => {
    expect(normalizedRate('001.2300')).toBe('1.23');
    expect(normalizedRate('0.000001')).toBe('0.000001');
    expect(normalizedRate('1e3')).toBeNull();
    expect(normalizedRate('0.0')).toBeNull();
  });
});
