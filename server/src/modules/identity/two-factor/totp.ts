import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/**
 * TOTP (RFC 6238) as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps. Codes
 * are checked against real time — the phone's clock — never the billing test clock.
 */

const periodSeconds = 30;

/** A code one step early or late is accepted, for clock drift and typing time. */
const toleranceSeconds = periodSeconds;

export const totpCodePattern = /^\d{6}$/;

/** 160 random bits, base32 (what authenticator apps expect). */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** `JBSW Y3DP …`: the secret in groups of four, for typing into an app by hand. */
export function manualEntryKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function otpauthUrl(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** The otpauth URL as a PNG data URL, for an <img>: nothing leaves the server for a QR service. */
export function qrCodeDataUrl(url: string): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
}

/**
 * The time step the code belongs to, or null when it is wrong. `afterStep` is the last step
 * accepted before: a code is good once, so one read over a shoulder cannot be replayed.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  afterStep: number | null,
  now: Date,
): Promise<number | null> {
  if (!totpCodePattern.test(code)) return null;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: toleranceSeconds,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    // e.g. the last accepted step lies beyond this process's clock: treat as not accepted.
    return null;
  }
}
