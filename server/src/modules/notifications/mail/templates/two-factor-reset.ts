import { html } from '../html.js';
import { paragraph, type MailBrand, type MailContent } from '../layout.js';
import { formatMailInstant } from './format.js';

export interface TwoFactorResetMailData {
  /** The person's name as their sign-in provider gave it. */
  name: string;
  /** When support removed the person's two-factor sign-in. */
  resetAt: Date;
  /** Where to write when the person did not ask for it (the seller's contact address). */
  supportEmail: string;
}

/**
 * Support removed a person's two-factor sign-in (lost phone and backup codes). The notice goes to
 * the person's own address so someone who did not ask for it finds out and can raise the alarm.
 */
export function twoFactorResetMail(data: TwoFactorResetMailData, brand: MailBrand): MailContent {
  const when = formatMailInstant(data.resetAt);
  const greeting = data.name.trim() ? `Hello ${data.name.trim()},` : 'Hello,';
  const what = `${brand.sellerName} support reset the two-factor sign-in of your billing account on ${when}: your authenticator app and your backup codes no longer work, and every session you had was signed out.`;
  const next =
    'You can sign in with your usual sign-in method without a code. Turn two-factor sign-in on again under Security; if your account requires it, you will be asked to set it up at your next sign-in.';
  const alarm = `If you did not ask for this, contact support at ${data.supportEmail} straight away.`;
  return {
    subject: `Your two-factor sign-in was reset by ${brand.sellerName} support`,
    preheader: `Support reset your two-factor sign-in on ${when}.`,
    html: html`${paragraph(greeting)} ${paragraph(what)} ${paragraph(next)}
    ${paragraph(html`<strong>${alarm}</strong>`)}`,
    text: `${greeting}

${what}

${next}

${alarm}`,
  };
}
