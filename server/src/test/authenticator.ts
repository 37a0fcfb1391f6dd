import { generate } from 'otplib';
import type { CookieClient } from './browser.js';

/**
 * An authenticator app: each code belongs to a later 30-second step than the one before,
 * because the server accepts every step once (and one step ahead, for clock drift).
 */
export class Authenticator {
  private lastStep = 0;
  readonly secret: string;
  /** `secret` as shown for typing in: groups of four. */
  constructor(manualEntryKey: string) {
    this.secret = manualEntryKey.replace(/ /g, '');
  }

  async nextCode(): Promise<string> {
    const step = Math.max(this.lastStep + 1, Math.floor(Date.now() / 30_000));
    this.lastStep = step;
    return generate({ secret: this.secret, epoch: step * 30 });
  }

  /** A code of the step already used (what someone reading over a shoulder would replay). */
  replayLastCode(): Promise<string> {
    return generate({ secret: this.secret, epoch: this.lastStep * 30 });
  }
}

/** Sets up two-factor sign-in for the signed-in person: their app and their ten backup codes. */
export async function enrolTwoFactor(
  client: CookieClient,
): Promise<{ app: Authenticator; backupCodes: string[] }> {
  const started = await client.graphql<{ startTwoFactorEnrolment: { manualEntryKey: string } }>(
    `mutation { startTwoFactorEnrolment { manualEntryKey } }`,
  );
  if (!started.data) throw new Error(`enrolment refused: ${JSON.stringify(started.errors)}`);
  const app = new Authenticator(started.data.startTwoFactorEnrolment.manualEntryKey);
  const confirmed = await client.graphql<{ confirmTwoFactorEnrolment: { backupCodes: string[] } }>(
    `mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { backupCodes } }`,
    { code: await app.nextCode() },
  );
  if (!confirmed.data) throw new Error(`confirmation refused: ${JSON.stringify(confirmed.errors)}`);
  return { app, backupCodes: confirmed.data.confirmTwoFactorEnrolment.backupCodes };
}

/** Finishes a sign-in that waits for the second factor. */
export async function verifySecondFactor(client: CookieClient, code: string) {
  return client.graphql<{ verifySecondFactor: { method: string } }>(
    `mutation($code: String!) { verifySecondFactor(input: { code: $code }) { method } }`,
    { code },
  );
}
