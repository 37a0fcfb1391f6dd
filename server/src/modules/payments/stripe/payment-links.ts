import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../../config.js';

/** How long the link in a payment-failed e-mail works: until well after the last retry. */
const linkLifetimeMs = 30 * 86_400_000;

function keyOf(config: Pick<Config, 'stripe'>): Buffer {
  // Derived from the Stripe secret: only a deployment that takes cards sends these links.
  return createHash('sha256')
    .update(`ledgerline payment link\0${config.stripe?.secretKey ?? ''}`)
    .digest();
}

function signatureOf(config: Pick<Config, 'stripe'>, invoiceId: string, expires: number): string {
  return createHmac('sha256', keyOf(config)).update(`${invoiceId}.${expires}`).digest('base64url');
}

/**
 * The link in a payment-failed e-mail: the Payment methods page with the invoice to pay, signed
 * (HMAC) and expiring, so the page opens "update payment method" for exactly that invoice and a
 * tampered or stale link is recognised (`verifyFixPaymentLink`). Signing in is still required.
 */
export function fixPaymentUrl(
  config: Pick<Config, 'stripe' | 'publicUrl'>,
  invoiceId: string,
  now: Date,
): string {
  const expires = Math.floor((now.getTime() + linkLifetimeMs) / 1000);
  const url = new URL('/billing/payment-methods', config.publicUrl);
  url.searchParams.set('invoice', invoiceId);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', signatureOf(config, invoiceId, expires));
  return url.toString();
}

/** What a fix-payment link says: its invoice, or why it cannot be used. */
export type FixPaymentLinkCheck =
  | { readonly ok: true; readonly invoiceId: string }
  | { readonly ok: false; readonly problem: 'invalid' | 'expired' };

/**
 * Checks a fix-payment link: the signature first (a tampered link is `invalid` whatever its
 * expiry says), then the expiry.
 */
export function checkFixPaymentLink(
  config: Pick<Config, 'stripe'>,
  link: { invoice: string; expires: string; signature: string },
  now: Date,
): FixPaymentLinkCheck {
  const expires = Number(link.expires);
  if (!/^[0-9]{1,12}$/.test(link.expires) || !Number.isSafeInteger(expires)) {
    return { ok: false, problem: 'invalid' };
  }
  const expected = Buffer.from(signatureOf(config, link.invoice, expires));
  const given = Buffer.from(link.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, problem: 'invalid' };
  }
  if (expires * 1000 < now.getTime()) return { ok: false, problem: 'expired' };
  return { ok: true, invoiceId: link.invoice };
}

/** The invoice a fix-payment link names, or null when it is tampered with or expired. */
export function verifyFixPaymentLink(
  config: Pick<Config, 'stripe'>,
  link: { invoice: string; expires: string; signature: string },
  now: Date,
): string | null {
  const checked = checkFixPaymentLink(config, link, now);
  return checked.ok ? checked.invoiceId : null;
}
