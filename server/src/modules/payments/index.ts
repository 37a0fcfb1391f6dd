/**
 * Public entry of modules/payments: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * Payments against invoices: bank transfers recorded by operators, cards through Stripe (payment
 * methods, off-session charges, refunds, disputes, webhooks), and the collectors that implement
 * billing's collection port (`deploymentCollector`).
 */
export { deploymentCollector } from './collectors.js';
export type { BillingAdminEmails } from './billing-contacts.js';
export { enqueueUnsentCharges, sendClaimedCharge } from './stripe/card-collection.js';
export { fixPaymentUrl } from './stripe/payment-links.js';
export { runStripeEventProcessing, stripeEventIntake } from './webhooks/stripe-webhooks.js';
