import { loadConfig } from '../../../config.js';
import { type Localstripe, startLocalstripe } from '../../../test/localstripe.js';
import { createStripeClient } from './stripe-client.js';

// A real peer: the localstripe stand-in (server/src/test/localstripe.ts), started empty.
describe('the Stripe client against localstripe', () => {
  let localstripe: Localstripe;
  beforeAll(async () => {
    localstripe = await startLocalstripe();
  });
  afterAll(async () => {
    await localstripe.stop();
  });

  it('reaches STRIPE_API_BASE and keeps what it created', async () => {
    const config = loadConfig(localstripe.env);
    const stripe = createStripeClient(config.stripe!);
    const created = await stripe.customers.create({ name: 'Acme GmbH', email: 'ap@acme.example' });
    const again = await stripe.customers.retrieve(created.id);
    expect(again).toMatchObject({ id: created.id, name: 'Acme GmbH', email: 'ap@acme.example' });
  });

  it('starts from scratch: nothing from an earlier run is there', async () => {
    const second = await startLocalstripe();
    try {
      const stripe = createStripeClient(loadConfig(second.env).stripe!);
      expect((await stripe.customers.list()).data).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});
