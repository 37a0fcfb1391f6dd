import 'reflect-metadata';
import { CookieClient } from '../../../test/browser.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { signedInWithoutAccount } from '../../../test/sessions.js';
import { csvAmount, csvField } from './invoice-csv.routes.js';

describe('CSV fields', () => {
  it('quotes what needs quoting (quotes doubled) and leaves the rest bare', () => {
    expect(csvField('Acme GmbH')).toBe('Acme GmbH');
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('The "Best" Ltd')).toBe('"The ""Best"" Ltd"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.30', { text: false })).toBe('-12.30');
  });

  it('writes amounts as exact decimals in the currency’s minor unit', () => {
    expect(csvAmount(3213, 'EUR')).toBe('32.13');
    expect(csvAmount(-5, 'EUR')).toBe('-0.05');
    expect(csvAmount(0, 'EUR')).toBe('0.00');
    expect(csvAmount(1500, 'JPY')).toBe('1500');
    expect(csvAmount(12345, 'BHD')).toBe('12.345');
  });
});

describe('GET /operator/invoices.csv', () => {
  let server: TestServer;
  let customer: CookieClient;
  let operator: CookieClient;
  let number: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
    customer = new CookieClient(server.url);
    await customer.signInWithDevProvider('csv@c.example', 'Cee Csv');
    const ok = async (query: string, variables?: Record<string, unknown>) => {
      const answer = await customer.graphql<Record<string, never>>(query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    await ok(
      `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }`,
      {
        input: {
          legalName: '=cmd|"/c calc"!A1, "Quoted" GmbH',
          billingEmail: 'billing@c.example',
          line1: 'Hauptstraße 1',
          city: 'Berlin',
          postalCode: '10115',
          country: 'DE',
        },
      },
    );
    const start = `mutation($key: String!) { startSubscription(input: { planCode: "basic", interval: MONTH, currency: "EUR", seats: 1, idempotencyKey: $key }) { invoice { number } } }`;
    await ok(start, { key: 'trial' });
    await ok(
      `mutation { cancelSubscription(input: { timing: NOW, reason: OTHER, idempotencyKey: "end" }) { outcome } }`,
    );
    const paid = (await ok(start, { key: 'paid' })) as unknown as {
      startSubscription: { invoice: { number: string } };
    };
    number = paid.startSubscription.invoice.number;
    operator = await signedInWithoutAccount(server, 'ops@vendor.example');
  });
  afterAll(async () => {
    await server.close();
  });

  it('streams every account’s invoices to an operator, quoted and with the filters applied', async () => {
    const response = await operator.request('/operator/invoices.csv?status=open&currency=eur');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="invoices.csv"');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe(
      'number,account_id,buyer,buyer_country,status,currency,issued_at,due_at,paid_at,subtotal,credit_applied,tax,total,amount_paid,amount_due',
    );
    const row = lines.find((line) => line.startsWith(number))!;
    // Basic monthly 27.00 + 19 % VAT 5.13 = 32.13, open.
    expect(row).toContain(`,"'=cmd|""/c calc""!A1, ""Quoted"" GmbH",DE,open,EUR,`);
    expect(row.endsWith(',27.00,0.00,5.13,32.13,0.00,32.13')).toBe(true);
    expect(lines.at(-1)).toBe('');

    const paidOnly = await operator.request('/operator/invoices.csv?status=paid');
    expect((await paidOnly.text()).includes(number)).toBe(false);
  });

  it('answers 400 naming a bad filter, and refuses everyone but operators', async () => {
    const bad = await operator.request('/operator/invoices.csv?status=draft');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'status' } });
    const badDay = await operator.request('/operator/invoices.csv?from=yesterday');
    expect(badDay.status).toBe(400);
    expect((await customer.request('/operator/invoices.csv')).status).toBe(403);
    expect((await new CookieClient(server.url).request('/operator/invoices.csv')).status).toBe(401);
  });
});
