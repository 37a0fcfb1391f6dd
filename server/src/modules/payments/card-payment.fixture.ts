import type Stripe from 'stripe';
import type { TestServer } from '../../test/server.js';
import { Account } from '../accounts/account.entity.js';
import { Invoice } from '../billing/invoices/invoice.entity.js';
import { sellerSnapshot } from '../billing/invoices/invoice-issue.service.js';
import { Plan } from '../catalog/plan.entity.js';
import { Payment } from './payment.entity.js';

/**
 * A paid invoice of a new account, paid by a card PaymentIntent that really ran in the Stripe
 * stand-in (customer, card 4242, attached, confirmed): the state a successful card payment leaves.
 * Returns the payment and the id of the charge Stripe made.
 */
export async function paidByCard(
  server: TestServer,
  stripe: Stripe,
  amount: number,
): Promise<{ payment: Payment; charge: string }> {
  const customer = await stripe.customers.create({ email: 'billing@card.example' });
  const method = await stripe.paymentMethods.create({
    type: 'card',
    card: { number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' },
  } as Stripe.PaymentMethodCreateParams);
  await stripe.paymentMethods.attach(method.id, { customer: customer.id });
  const intent = await stripe.paymentIntents.create({
    amount,
    currency: 'eur',
    customer: customer.id,
    payment_method: method.id,
    confirm: true,
  });
  if (intent.status !== 'succeeded')
    throw new Error(`PaymentIntent ${intent.id}: ${intent.status}`);
  const charge = intent.latest_charge as unknown as { id: string } | string;
  const em = server.db.orm.em.fork();
  const now = server.clock.now();
  const account = em.create(Account, {
    name: `Card customer ${Math.random().toString(36).slice(2, 8)}`,
    plan: await em.findOneOrFail(Plan, { code: 'free' }),
  });
  const invoice = em.create(Invoice, {
    account,
    number: `INV-2026-12-${String(Math.floor(Math.random() * 90_000) + 10_000)}`,
    status: 'paid',
    billingReason: 'subscription_create',
    currency: 'EUR',
    subtotal: amount,
    creditApplied: 0,
    taxAmount: 0,
    taxRateBps: 0,
    reverseCharge: false,
    total: amount,
    amountPaid: amount,
    amountDue: 0,
    issuedAt: now,
    paidAt: now,
    collectionMethod: 'card',
    buyer: {
      legalName: account.name,
      email: 'billing@card.example',
      addressLines: ['1 Rue de la Paix', '75002 Paris', 'France'],
      country: 'FR',
      taxId: null,
    },
    seller: sellerSnapshot(server.config.billing),
    createdAt: now,
  });
  const payment = em.create(Payment, {
    account,
    invoice,
    method: 'card',
    amount,
    appliedAmount: amount,
    currency: 'EUR',
    status: 'succeeded',
    reference: intent.id,
    idempotencyKey: `pay-${intent.id}`,
    stripePaymentIntentId: intent.id,
    receivedAt: now,
    createdAt: now,
  });
  await em.flush();
  return { payment, charge: typeof charge === 'string' ? charge : charge.id };
}
