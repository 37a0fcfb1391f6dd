import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import { FixedClock } from '../../../clock.js';
import { CookieClient } from '../../../test/browser.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';
import { readCookie, sessionCookieName } from '../../identity/cookies.js';
import { resolveAuthState } from '../../signin/auth-state.js';
import { invoicePdfRoutes } from '../invoices/invoice-pdf.routes.js';

const germanDetails = {
  legalName: 'Acme GmbH',
  billingEmail: 'billing@acme.example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

const updateDetails = `mutation($input: UpdateBillingDetailsInput!) {
  updateBillingDetails(input: $input) { legalName } }`;

const preview = `query($input: PreviewSubscriptionChangeInput!) {
  previewSubscriptionChange(input: $input) {
    outcome appliesAt amountDueToday { amount formatted }
    lines { kind description quantity unitAmount { amount } amount { amount } proration }
    subtotal { amount } creditApplied { amount } tax { amount } taxRateBps
    nextInvoiceDate nextInvoiceAmount { amount formatted }
    plan { code } interval seats status
  } }`;

const invoiceFields = `id number status total { amount } amountDue { amount } tax { amount }
  lines { kind description quantity unitAmount { amount } amount { amount } proration }
  subtotal { amount } creditApplied { amount } taxRateBps pdfUrl
  paymentInstructions { method reference instructions } buyer { legalName country }`;

const start = `mutation($input: StartSubscriptionInput!) {
  startSubscription(input: $input) {
    outcome subscription { status plan { code } seats trialEnd } invoice { ${invoiceFields} } } }`;

const change = `mutation($input: ChangeSubscriptionInput!) {
  changeSubscription(input: $input) { outcome subscription { status seats } invoice { number total { amount } } } }`;

const cancel = `mutation($input: CancelSubscriptionInput!) {
  cancelSubscription(input: $input) { outcome subscription { status cancellationReason } } }`;

const recordTransfer = `mutation($input: RecordBankTransferInput!) {
  recordBankTransfer(input: $input) {
    payment { amount { amount } status reference } invoice { status amountDue { amount } }
    creditedToBalance { amount } } }`;

const accountBilling = `{ account { creditBalance { amount currency }
  subscription { status plan { code } seats upcomingInvoice { amountDue { amount } } } } }`;

interface Preview {
  outcome: string;
  appliesAt: string;
  amountDueToday: { amount: number; formatted: string };
  lines: unknown[];
  subtotal: { amount: number };
  creditApplied: { amount: number };
  tax: { amount: number };
  taxRateBps: number;
  nextInvoiceDate: string | null;
  nextInvoiceAmount: { amount: number; formatted: string } | null;
  plan: { code: string };
  interval: string;
  seats: number;
  status: string;
}

interface InvoiceData {
  id: string;
  number: string;
  status: string;
  total: { amount: number };
  amountDue: { amount: number };
  tax: { amount: number };
  lines: unknown[];
  subtotal: { amount: number };
  creditApplied: { amount: number };
  taxRateBps: number;
  pdfUrl: string;
  paymentInstructions: { method: string; reference: string; instructions: string } | null;
  buyer: { legalName: string; country: string };
}

describe('billing over GraphQL', () => {
  let server: TestServer;
  let admin: CookieClient;
  let operator: CookieClient;
  let accountId: string;
  const clock = new FixedClock(new Date());
  let firstInvoice: InvoiceData;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { OPERATOR_EMAILS: 'ops@vendor.example' } });
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('owner@acme.example', 'Owner');
    const viewer = await admin.graphql<{ viewer: { account: { id: string } } }>(
      `{ viewer { account { id } } }`,
    );
    accountId = viewer.data!.viewer.account.id;
    operator = new CookieClient(server.url);
    await operator.signInWithDevProvider('ops@vendor.example', 'Ops');
  });
  afterAll(async () => {
    await server.close();
  });

  const startInput = (overrides: Record<string, unknown> = {}) => ({
    planCode: 'basic',
    interval: 'MONTH',
    currency: 'EUR',
    seats: 1,
    idempotencyKey: `start-${Math.random()}`,
    ...overrides,
  });

  it('sends an account without billing details to add them first', async () => {
    const denied = await admin.graphql(start, { input: startInput() });
    expect(denied.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Add your billing details/),
      extensions: { code: 'BAD_USER_INPUT', field: 'billingDetails' },
    });
    const previewed = await admin.graphql(preview, {
      input: { action: 'START', planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1 },
    });
    expect(previewed.errors?.[0]?.extensions).toMatchObject({ field: 'billingDetails' });
    const saved = await admin.graphql(updateDetails, { input: germanDetails });
    expect(saved.errors).toBeUndefined();
  });

  it.each([
    [{ seats: 0 }, 'seats'],
    [{ planCode: 'platinum' }, 'planCode'],
    [{ planCode: 'enterprise' }, 'planCode'],
    [{ planCode: 'free' }, 'planCode'],
    [{ currency: 'JPY' }, 'currency'],
    [{ currency: 'EURO' }, 'currency'],
    [{ idempotencyKey: '' }, 'idempotencyKey'],
  ])('answers a field error for %j', async (overrides, field) => {
    const { data, errors } = await admin.graphql(start, { input: startInput(overrides) });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('starts a trial as previewed, and ends it free', async () => {
    const previewed = await admin.graphql<{ previewSubscriptionChange: Preview }>(preview, {
      input: { action: 'START', planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1 },
    });
    expect(previewed.errors).toBeUndefined();
    expect(previewed.data?.previewSubscriptionChange).toMatchObject({
      outcome: 'TRIAL_STARTED',
      appliesAt: 'NOW',
      amountDueToday: { amount: 0 },
      lines: [],
      // 27.00 + 19 % VAT when the 14-day trial ends.
      nextInvoiceAmount: { amount: 3213, formatted: '€32.13' },
      plan: { code: 'basic' },
      status: 'TRIALING',
    });
    const started = await admin.graphql<{
      startSubscription: { outcome: string; subscription: { status: string }; invoice: null };
    }>(start, { input: startInput() });
    expect(started.data?.startSubscription).toMatchObject({
      outcome: 'TRIAL_STARTED',
      subscription: { status: 'TRIALING' },
      invoice: null,
    });
    const ended = await admin.graphql(cancel, {
      input: { timing: 'NOW', reason: 'UNUSED', idempotencyKey: 'end-trial' },
    });
    expect(ended.data).toEqual({
      cancelSubscription: {
        outcome: 'CANCELED',
        subscription: { status: 'CANCELED', cancellationReason: 'UNUSED' },
      },
    });
  });

  it('bills a paid start exactly as the preview said', async () => {
    // No second trial. Advanced, 12 seats: 89.00 + 2 extra seats × 14.00 = 117.00; VAT 22.23.
    const input = { planCode: 'advanced', interval: 'MONTH', currency: 'EUR', seats: 12 };
    const previewed = await admin.graphql<{ previewSubscriptionChange: Preview }>(preview, {
      input: { action: 'START', ...input },
    });
    const shown = previewed.data!.previewSubscriptionChange;
    expect(shown).toMatchObject({
      outcome: 'STARTED',
      amountDueToday: { amount: 13923, formatted: '€139.23' },
      subtotal: { amount: 11700 },
      tax: { amount: 2223 },
      taxRateBps: 1900,
      status: 'INCOMPLETE',
    });
    const started = await admin.graphql<{
      startSubscription: {
        outcome: string;
        subscription: { status: string };
        invoice: InvoiceData;
      };
    }>(start, { input: { ...input, idempotencyKey: 'paid-start' } });
    expect(started.errors).toBeUndefined();
    const { invoice } = started.data!.startSubscription;
    expect(started.data?.startSubscription.subscription.status).toBe('INCOMPLETE');
    expect(invoice.lines).toEqual(shown.lines);
    expect(invoice).toMatchObject({
      status: 'OPEN',
      subtotal: shown.subtotal,
      creditApplied: shown.creditApplied,
      tax: shown.tax,
      total: { amount: shown.amountDueToday.amount },
      amountDue: { amount: 13923 },
      buyer: { legalName: 'Acme GmbH', country: 'DE' },
      pdfUrl: `/invoices/${invoice.id}/pdf`,
    });
    expect(invoice.number).toMatch(/^INV-\d{4}-\d{2}-00001$/);
    expect(invoice.paymentInstructions).toMatchObject({
      method: 'BANK_TRANSFER',
      reference: invoice.number,
    });
    firstInvoice = invoice;

    // An incomplete subscription cannot change plan until its first invoice is paid.
    const blocked = await admin.graphql(change, { input: { seats: 13, idempotencyKey: 'early' } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('denies plan changes to a Viewer and a Billing User, and transfers to non-operators', async () => {
    const viewer = await memberOf(server, accountId, 'VIEWER');
    const read = await viewer.graphql<{ account: { subscription: { status: string } } }>(
      accountBilling,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.account.subscription.status).toBe('INCOMPLETE');
    const invoiceRead = await viewer.graphql(`query($id: ID!) { invoice(id: $id) { number } }`, {
      id: firstInvoice.id,
    });
    expect(invoiceRead.data).toEqual({ invoice: { number: firstInvoice.number } });
    const denied = await viewer.graphql(change, {
      input: { planCode: 'basic', idempotencyKey: 'viewer' },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const billingUser = await memberOf(server, accountId, 'BILLING_USER');
    const previewDenied = await billingUser.graphql(preview, {
      input: { action: 'CANCEL', timing: 'NOW' },
    });
    expect(previewDenied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cancelDenied = await billingUser.graphql(cancel, {
      input: { timing: 'NOW', reason: 'OTHER', idempotencyKey: 'bu' },
    });
    expect(cancelDenied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const transferInput = {
      invoiceId: firstInvoice.id,
      amount: { amount: 13923, currency: 'EUR' },
      receivedAt: clock.now().toISOString(),
      reference: 'x',
      idempotencyKey: 'not-an-operator',
    };
    const notOperator = await admin.graphql(recordTransfer, { input: transferInput });
    expect(notOperator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("answers another account's invoice as not found", async () => {
    const other = new CookieClient(server.url);
    await other.signInWithDevProvider('someone@else.example', 'Someone Else');
    const { data, errors } = await other.graphql(
      `query($id: ID!) { invoice(id: $id) { number } }`,
      { id: firstInvoice.id },
    );
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: 'Invoice not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    const list = await other.graphql(`{ invoices { edges { node { id } } } }`);
    expect(list.data).toEqual({ invoices: { edges: [] } });
  });

  it('marks the invoice paid and activates the subscription when an operator records the transfer', async () => {
    const recorded = await operator.graphql(recordTransfer, {
      input: {
        invoiceId: firstInvoice.id,
        amount: { amount: 13923, currency: 'EUR' },
        receivedAt: clock.now().toISOString(),
        reference: 'SEPA 2026 ACME',
        idempotencyKey: 'acme-transfer-1',
      },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data).toEqual({
      recordBankTransfer: {
        payment: { amount: { amount: 13923 }, status: 'SUCCEEDED', reference: 'SEPA 2026 ACME' },
        invoice: { status: 'PAID', amountDue: { amount: 0 } },
        creditedToBalance: { amount: 0 },
      },
    });
    const state = await admin.graphql(accountBilling);
    expect(state.data).toEqual({
      account: {
        creditBalance: { amount: 0, currency: 'EUR' },
        subscription: {
          status: 'ACTIVE',
          plan: { code: 'advanced' },
          seats: 12,
          upcomingInvoice: { amountDue: { amount: 13923 } },
        },
      },
    });
    const paid = await admin.graphql<{
      invoice: { paymentInstructions: null; payments: unknown[] };
    }>(
      `query($id: ID!) { invoice(id: $id) { paymentInstructions { reference } payments { method amount { amount } } } }`,
      { id: firstInvoice.id },
    );
    expect(paid.data?.invoice).toEqual({
      paymentInstructions: null,
      payments: [{ method: 'BANK_TRANSFER', amount: { amount: 13923 } }],
    });
  });

  it('answers a full invoice page with every field within the abuse limits', async () => {
    const money = '{ amount currency formatted }';
    const full = await admin.graphql(
      `query($id: ID!) {
      invoice(id: $id) {
        id number status currency subtotal ${money} creditApplied ${money} tax ${money}
        taxRateBps reverseCharge reverseChargeNote total ${money} amountPaid ${money}
        amountDue ${money} issuedAt dueAt paidAt voidedAt periodStart periodEnd pdfUrl
        lines { kind description quantity unitAmount ${money} amount ${money} periodStart periodEnd proration }
        buyer { legalName email addressLines country taxId }
        seller { name addressLines country vatId email }
        paymentInstructions { method instructions reference }
        creditNotes { id number amount ${money} reason issuedAt invoiceId }
        payments { id method amount ${money} appliedAmount ${money} status reference receivedAt invoiceId }
      } }`,
      { id: firstInvoice.id },
    );
    expect(full.errors).toBeUndefined();
    const list = await admin.graphql(`{
      invoices { edges { cursor node { id number status issuedAt dueAt
        total ${money} amountDue ${money} pdfUrl } } pageInfo { hasNextPage endCursor } }
      account { creditBalance ${money} subscription { id status currency interval seats
        currentPeriodStart currentPeriodEnd trialEnd cancelAtPeriodEnd cancellationReason
        plan { code name } price { id amount ${money} } scheduledChange { plan { code } interval seats effectiveAt }
        upcomingInvoice { date amountDue ${money} } } } }`);
    expect(list.errors).toBeUndefined();
  });

  it('pages, filters and searches invoices, newest or oldest first', async () => {
    // A seat upgrade an hour later: a second (prorated) invoice.
    clock.advance(3_600_000);
    const upgraded = await admin.graphql<{
      changeSubscription: { outcome: string; invoice: { number: string } };
    }>(change, { input: { seats: 14, idempotencyKey: 'more-seats' } });
    expect(upgraded.data?.changeSubscription.outcome).toBe('UPGRADED');
    const secondNumber = upgraded.data!.changeSubscription.invoice.number;

    const page = `query($first: Int, $after: String, $filter: InvoiceFilter, $order: InvoiceOrder) {
      invoices(first: $first, after: $after, filter: $filter, order: $order) {
        edges { cursor node { number status } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      invoices: {
        edges: { cursor: string; node: { number: string; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await admin.graphql<Page>(page, { first: 1 });
    expect(first.data?.invoices.edges.map((e) => e.node.number)).toEqual([secondNumber]);
    expect(first.data?.invoices.pageInfo.hasNextPage).toBe(true);
    const next = await admin.graphql<Page>(page, {
      first: 1,
      after: first.data!.invoices.pageInfo.endCursor,
    });
    expect(next.data?.invoices.edges.map((e) => e.node.number)).toEqual([firstInvoice.number]);
    expect(next.data?.invoices.pageInfo.hasNextPage).toBe(false);

    const oldest = await admin.graphql<Page>(page, { first: 1, order: 'OLDEST_FIRST' });
    expect(oldest.data?.invoices.edges.map((e) => e.node.number)).toEqual([firstInvoice.number]);
    expect(oldest.data?.invoices.pageInfo.hasNextPage).toBe(true);
    const newer = await admin.graphql<Page>(page, {
      first: 1,
      order: 'OLDEST_FIRST',
      after: oldest.data!.invoices.pageInfo.endCursor,
    });
    expect(newer.data?.invoices.edges.map((e) => e.node.number)).toEqual([secondNumber]);
    expect(newer.data?.invoices.pageInfo.hasNextPage).toBe(false);

    const paidOnly = await admin.graphql<Page>(page, { filter: { status: 'PAID' } });
    expect(paidOnly.data?.invoices.edges.map((e) => e.node.number)).toEqual([firstInvoice.number]);
    const search = await admin.graphql<Page>(page, {
      filter: { number: secondNumber.slice(-5) },
    });
    expect(search.data?.invoices.edges.map((e) => e.node.number)).toEqual([secondNumber]);
    const future = await admin.graphql<Page>(page, {
      filter: { from: new Date(clock.now().getTime() + 60_000).toISOString() },
    });
    expect(future.data?.invoices.edges).toEqual([]);

    const tooMany = await admin.graphql(page, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ field: 'first' });
    const badCursor = await admin.graphql(page, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ field: 'after' });

    const reused = await admin.graphql(change, {
      input: { seats: 20, idempotencyKey: 'more-seats' },
    });
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'idempotencyKey',
    });
  });

  it('serves the PDF to members of the account and operators, and 404 to anyone else', async () => {
    const app = express();
    // Session cookies only, as http/app.ts resolves them (partner tokens are tried below).
    const readerOf = (req: Request, em: EntityManager) =>
      resolveAuthState(
        em,
        readCookie(req, sessionCookieName(server.config)),
        server.config,
        server.clock,
      );
    app.use(invoicePdfRoutes({ orm: server.db.orm, readerOf }));
    const listener = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listener.once('listening', resolve));
    const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    const get = (client: CookieClient | null, path = firstInvoice.pdfUrl) =>
      fetch(`${base}${path}`, {
        headers: client === null ? {} : { cookie: client.cookieHeader() },
      });
    try {
      const pdf = await get(admin);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toBe(
        `inline; filename="${firstInvoice.number}.pdf"`,
      );
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      expect((await get(await memberOf(server, accountId, 'VIEWER'))).status).toBe(200);
      expect((await get(operator)).status).toBe(200);
      expect((await get(null)).status).toBe(401);
      const other = new CookieClient(server.url);
      await other.signInWithDevProvider('third@party.example', 'Third Party');
      expect((await get(other)).status).toBe(404);
      expect((await get(admin, '/invoices/inv_nope/pdf')).status).toBe(404);

      // Partners download with their token (the full server, where the Bearer check runs).
      const token = async (client: CookieClient, scopes: string) => {
        const created = await client.graphql<{ createApiToken: { secret: string } }>(
          `mutation { createApiToken(input: { name: "ERP ${scopes}", scopes: [${scopes}] }) { secret } }`,
        );
        expect(created.errors).toBeUndefined();
        return created.data!.createApiToken.secret;
      };
      const asPartner = (secret: string) =>
        fetch(`${server.url}${firstInvoice.pdfUrl}`, {
          headers: { authorization: `Bearer ${secret}` },
        });
      const invoicesToken = await token(admin, 'INVOICES_READ');
      const partnerPdf = await asPartner(invoicesToken);
      expect(partnerPdf.status).toBe(200);
      expect(partnerPdf.headers.get('content-type')).toBe('application/pdf');
      expect((await asPartner(await token(other, 'INVOICES_READ'))).status).toBe(404);
      expect((await asPartner('llp_not-a-token')).status).toBe(401);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it('lets an operator void the paid invoice, crediting the money to the balance', async () => {
    const voided = await operator.graphql<{
      voidInvoice: {
        invoice: { status: string };
        creditNote: { number: string; amount: { amount: number } };
      };
    }>(
      `mutation($input: VoidInvoiceInput!) { voidInvoice(input: $input) {
        invoice { status } creditNote { number amount { amount } } } }`,
      { input: { invoiceId: firstInvoice.id, reason: 'Duplicate charge' } },
    );
    expect(voided.errors).toBeUndefined();
    expect(voided.data?.voidInvoice.invoice.status).toBe('VOID');
    expect(voided.data?.voidInvoice.creditNote.amount.amount).toBe(13923);
    expect(voided.data?.voidInvoice.creditNote.number).toMatch(/^CN-\d{4}-\d{2}-00001$/);
    const balance = await admin.graphql(`{ account { creditBalance { amount currency } } }`);
    expect(balance.data).toEqual({
      account: { creditBalance: { amount: 13923, currency: 'EUR' } },
    });
  });

  it('answers a billing country without a tax rate as a field error, not a server error', async () => {
    const swiss = new CookieClient(server.url);
    await swiss.signInWithDevProvider('finance@swiss.example', 'Swiss Finance');
    await swiss.graphql(updateDetails, {
      input: {
        ...germanDetails,
        legalName: 'Swiss AG',
        city: 'Zürich',
        postalCode: '8001',
        country: 'CH',
      },
    });
    const { errors } = await swiss.graphql(start, { input: startInput() });
    expect(errors?.[0]).toMatchObject({
      message: expect.stringMatching(/no tax rate is configured/),
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'billingDetails',
        reason: 'UNSUPPORTED_TAX_COUNTRY',
      },
    });
  });
});
