import 'reflect-metadata';
import { FixedClock } from '../../../clock.js';
import { OutboxMessage } from '../../notifications/outbox.entity.js';
import {
  type BillingTestDatabase,
  createCustomer,
  customerActor,
  depsAt,
  openBillingTestDatabase,
  utc,
} from '../subscriptions/billing.fixture.js';
import { startSubscription } from '../subscriptions/subscription.service.js';
import { recordTrialEndingNotices } from './trial-notices.service.js';

describe('"trial ends in 3 days" notices', () => {
  let database: BillingTestDatabase;
  beforeAll(async () => {
    database = await openBillingTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  async function noticesFor(accountId: string) {
    return database.em().find(OutboxMessage, { accountId, topic: 'trial.ending' });
  }

  it('records one notice per trial, from 3 days before its end, however often and concurrently the job runs', async () => {
    // A 14-day Basic trial from 1 Feb 2028 ends on 15 Feb; the notice window opens on 12 Feb.
    const clock = new FixedClock(utc('2028-02-01'));
    const accountId = await createCustomer(database.em(), 'Trial Co', 'de_individual', clock.now());
    await startSubscription(
      database.em(),
      accountId,
      { planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1, idempotencyKey: 'trial' },
      customerActor,
      depsAt(clock),
    );

    clock.set(utc('2028-02-11T23:59:59Z'));
    expect(await recordTrialEndingNotices(database.em(), clock)).toBe(0);

    clock.set(utc('2028-02-12'));
    const counts = await Promise.all(
      Array.from({ length: 4 }, () => recordTrialEndingNotices(database.em(), clock)),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    clock.set(utc('2028-02-14'));
    expect(await recordTrialEndingNotices(database.em(), clock)).toBe(0);

    const notices = await noticesFor(accountId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.payload).toMatchObject({ trialEnd: '2028-02-15T00:00:00.000Z' });
    expect(notices[0]!.createdAt).toEqual(utc('2028-02-12'));
  });

  it('sends none for a trial that is already over or for a paid subscription', async () => {
    const clock = new FixedClock(utc('2028-03-01'));
    const accountId = await createCustomer(database.em(), 'Late Co', 'de_individual', clock.now());
    await startSubscription(
      database.em(),
      accountId,
      { planCode: 'basic', interval: 'MONTH', currency: 'EUR', seats: 1, idempotencyKey: 'trial' },
      customerActor,
      depsAt(clock),
    );
    // The job did not run during the window; once the trial is over, a notice would be wrong.
    clock.set(utc('2028-03-15T00:00:01Z'));
    expect(await recordTrialEndingNotices(database.em(), clock)).toBe(0);
    expect(await noticesFor(accountId)).toHaveLength(0);
  });
});
