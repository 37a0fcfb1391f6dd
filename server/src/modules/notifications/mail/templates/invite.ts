import { html } from '../html.js';
import { actionButton, paragraph, type MailBrand, type MailContent } from '../layout.js';
import { formatMailInstant } from './format.js';

export interface InviteMailData {
  /** Who sent the invitation; null when it is not a person (e.g. an operator's tooling). */
  inviterName: string | null;
  accountName: string;
  /** The role offered, as people read it ("Billing Admin"). */
  roleLabel: string;
  /** The single-use accept link (members' `invitationUrl`). */
  acceptUrl: string;
  expiresAt: Date;
}

/** An invitation to join an account, with a single-use link that expires. */
export function inviteMail(data: InviteMailData, brand: MailBrand): MailContent {
  const role = data.roleLabel;
  const expires = formatMailInstant(data.expiresAt);
  const who = data.inviterName?.trim() || null;
  const invitedBy = who === null ? 'You have been invited' : `${who} invited you`;
  return {
    subject: `Join ${data.accountName} on ${brand.sellerName}`,
    preheader: `${invitedBy} to manage billing for ${data.accountName} as ${role}.`,
    html: html`${paragraph(html`${invitedBy} to join <strong>${data.accountName}</strong> as <strong>${role}</strong>, to see and manage its billing with ${brand.sellerName}.`)}
    ${actionButton('Accept the invitation', data.acceptUrl)}
    ${paragraph(html`The link works once and expires on ${expires}. Sign in with this e-mail address to accept it. If you did not expect this invitation, ignore this e-mail.`)}`,
    text: `${invitedBy} to join ${data.accountName} as ${role}, to see and manage its billing with ${brand.sellerName}.

Accept the invitation:
${data.acceptUrl}

The link works once and expires on ${expires}. Sign in with this e-mail address to accept it. If you did not expect this invitation, ignore this e-mail.`,
  };
}
