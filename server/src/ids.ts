import { randomBytes } from 'node:crypto';

/**
 * Ids carry a type prefix (`acc_…`, `usr_…`) so a log line or support ticket says what it names,
 * followed by a time-ordered part (milliseconds since the epoch in base32) and 80 random bits.
 */
const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

export type IdPrefix =
  | 'usr'
  | 'idn'
  | 'acc'
  | 'mem'
  | 'ses'
  | 'aud'
  // members: invitation
  | 'ivt'
  | 'pln'
  | 'prc'
  | 'sia'
  // billing: subscription, invoice, invoice line, credit note, credit-balance entry
  | 'sub'
  | 'inv'
  | 'inl'
  | 'crn'
  | 'cbe'
  // payments: payment, idempotency key; notifications: outbox message
  | 'pay'
  | 'idk'
  | 'obx'
  // payments: Stripe customer link, stored payment method
  | 'scu'
  | 'pmt'
  // payments: refund through Stripe, dispute (chargeback)
  | 'rfd'
  | 'dsp'
  // payments: payment-method configuration of a country, a customer's announced bank transfer
  | 'pmc'
  | 'btn'
  // mail: an e-mail message (queued, sent or in the development outbox)
  | 'mail'
  // notifications: an in-app notification, a member's read mark on one
  | 'ntf'
  | 'ntr'
  // partner API tokens
  | 'tok'
  // two-factor sign-in: authenticator, backup code, wrong-code record
  | 'tfa'
  | 'tfb'
  | 'tff'
  // revenue: exchange rate of a day
  | 'fxr';

export type Id<P extends IdPrefix> = `${P}_${string}`;

export function newId<P extends IdPrefix>(prefix: P, nowMs: number = Date.now()): Id<P> {
  let time = '';
  let t = nowMs;
  for (let i = 0; i < 10; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(10);
  let rand = '';
  for (let i = 0; i < 16; i++) {
    // 16 base32 characters from 80 bits.
    const bit = i * 5;
    const byte = bit >> 3;
    const offset = bit & 7;
    const word = ((bytes[byte] ?? 0) << 8) | (bytes[byte + 1] ?? 0);
    rand += alphabet[(word >> (11 - offset)) & 31];
  }
  return `${prefix}_${time}${rand}`;
}
