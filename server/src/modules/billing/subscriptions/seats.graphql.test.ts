import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { CookieClient } from '../../../test/browser.js';
import { memberOf } from '../../../test/members.js';
import { startTestServer, type TestServer } from '../../../test/server.js';

/**
 * What "seats" means, end to end: a subscription holds at least the seats its plan includes, and
 * that one number is what the subscription, the preview and the usage meter answer. A change to
 * fewer seats than are taken goes through, says so in its preview, and new invitations are then
 * refused with SEAT_LIMIT. The preview also says how today's invoice is collected and when due.
 */

const preview = `query($input: PreviewSubscriptionChangeInput!) {
  previewSubscriptionChange(input: $input) {
    outcome seats seatsTaken seatLimit collectionMethod dueAt amountDueToday { amount }
    lines { description } } }`;

const start = `mutation($input: StartSubscriptionInput!) {
  startSubscription(input: $input) {
    outcome subscription { seats } invoice { status dueAt amountDue { amount } } } }`;

const change = `mutation($input: ChangeSubscriptionInput!) {
  changeSubscription(input: $input) { outcome subscription { plan { code } seats } } }`;

const cancel = `mutation($input: CancelSubscriptionInput!) {
  cancelSubscription(input: $input) { outcome } }`;

const seatsEverywhere = `{ account {
  subscription { seats plan { includedSeats } }
  usage { key used limit } } }`;

const invite = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { __typename } }`;

interface PreviewData {
  outcome: string;
  seats: number;
  seatsTaken: number;
  seatLimit: number;
  collectionMethod: string | null;
  dueAt: string | null;
  amountDueToday: { amount: number };
  lines: { description: string }[];
}

describe('seats and what a preview says will happen', () => {
  let server: TestServer;
  let admin: CookieClient;
  let accountId: string;
  const clock = new FixedClock(new Date('2026-12-06T10:00:00.000Z'));

  beforeAll(async () => {
    server = await startTestServer({ clock });
    admin = new CookieClient(server.url);
    await admin.signInWithDevProvider('seats@acme.example', 'Seat Owner');
    const viewer = await admin.graphql<{ viewer: { account: { id: string } } }>(
      `{ viewer { account { id } } }`,
    );
    accountId = viewer.data!.viewer.account.id;
    const saved = await admin.graphql(
      `mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { legalName } }`,
      {
        input: {
          legalName: 'Acme GmbH',
          billingEmail: 'billing@acme.example',
          line1: 'Hauptstraße 1',
          city: 'Berlin',
          postalCode: '10115',
          country: 'DE',
        },
      },
    );
    expect(saved.errors).toBeUndefined();
  });
  afterAll(async () => {
    await server.close();
  });

  const previewOf = async (input: Record<string, unknown>) => {
    const answer = await admin.graphql<{ previewSubscriptionChange: PreviewData }>(preview, {
      input,
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.previewSubscriptionChange;
  };

  const seatNumbers = async () => {
    const answer = await admin.graphql<{
      account: {
        subscription: { seats: number; plan: { includedSeats: number } };
        usage: { key: string; used: number; limit: number | null }[];
      };
    }>(seatsEverywhere);
    const { subscription, usage } = answer.data!.account;
    const meter = usage.find((m) => m.key === 'seats')!;
    return { seats: subscription.seats, taken: meter.used, limit: meter.limit };
  };

  it('holds at least the included seats, and answers that one number everywhere', async () => {
    // Basic includes 3 seats: asking for 1 holds 3, and a trial bills nothing today.
    const trial = await previewOf({
      action: 'START',
      planCode: 'basic',
      interval: 'MONTH',
      currency: 'EUR',
      seats: 1,
    });
    expect(trial).toMatchObject({
      outcome: 'TRIAL_STARTED',
      seats: 3,
      seatsTaken: 1,
      seatLimit: 3,
      collectionMethod: null,
      dueAt: null,
    });
    const started = await admin.graphql<{ startSubscription: { subscription: { seats: number } } }>(
      start,
      {
        input: {
          planCode: 'basic',
          interval: 'MONTH',
          currency: 'EUR',
          seats: 1,
          idempotencyKey: 'trial',
        },
      },
    );
    expect(started.data?.startSubscription.subscription.seats).toBe(3);

    // Advanced includes 10: the 3 seats of Basic become 10, and the preview line says 10.
    const switched = await admin.graphql<{
      changeSubscription: { subscription: { seats: number } };
    }>(change, { input: { planCode: 'advanced', idempotencyKey: 'to-advanced' } });
    expect(switched.data?.changeSubscription.subscription.seats).toBe(10);
    expect(await seatNumbers()).toEqual({ seats: 10, taken: 1, limit: 10 });
  });

  it('lets a change leave more members than seats, says so in the preview, then refuses invitations', async () => {
    for (const role of ['VIEWER', 'VIEWER', 'BILLING_USER'] as const) {
      await memberOf(server, accountId, role);
    }
    const shown = await previewOf({ action: 'CHANGE', planCode: 'basic', seats: 1 });
    // 4 members on Basic's 3 seats: the change is allowed, and the preview says by how many.
    expect(shown).toMatchObject({ outcome: 'TRIAL_PLAN_SWITCHED', seats: 3, seatsTaken: 4 });
    expect(shown.seatLimit).toBe(3);

    const changed = await admin.graphql<{
      changeSubscription: { outcome: string; subscription: { plan: { code: string } } };
    }>(change, { input: { planCode: 'basic', seats: 1, idempotencyKey: 'to-basic' } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changeSubscription.subscription.plan.code).toBe('basic');
    expect(await seatNumbers()).toEqual({ seats: 3, taken: 4, limit: 3 });

    const refused = await admin.graphql(invite, {
      input: { email: 'one-more@acme.example', role: 'VIEWER' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('SEAT_LIMIT');

    // Cancelling ends on Free, whose one seat is what the preview compares with.
    const cancelling = await previewOf({ action: 'CANCEL', timing: 'PERIOD_END' });
    expect(cancelling).toMatchObject({ seatsTaken: 4, seatLimit: 1 });
  });

  it('says how the invoice issued today is collected and when it is due, as the invoice then is', async () => {
    const ended = await admin.graphql(cancel, {
      input: { timing: 'NOW', reason: 'UNUSED', idempotencyKey: 'end-trial' },
    });
    expect(ended.errors).toBeUndefined();
    // The trial was used: Basic is billed now, by bank transfer, due 30 days (INVOICE_NET_DAYS)
    // after today.
    const input = { planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 3 };
    const shown = await previewOf({ action: 'START', ...input });
    expect(shown).toMatchObject({
      outcome: 'STARTED',
      collectionMethod: 'BANK_TRANSFER',
      dueAt: '2027-01-05T10:00:00.000Z',
    });
    expect(shown.amountDueToday.amount).toBeGreaterThan(0);
    const started = await admin.graphql<{
      startSubscription: { invoice: { status: string; dueAt: string } };
    }>(start, { input: { ...input, idempotencyKey: 'paid' } });
    expect(started.data?.startSubscription.invoice).toMatchObject({
      status: 'OPEN',
      dueAt: shown.dueAt,
    });
  });
});
