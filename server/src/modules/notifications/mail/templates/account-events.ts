import { html } from '../html.js';
import { actionButton, paragraph, type MailBrand, type MailContent } from '../layout.js';
import { formatMailDay } from './format.js';

/** Text and HTML from the same paragraphs, so the two parts always say the same. */
function content(
  subject: string,
  preheader: string,
  paragraphs: readonly string[],
  action: { label: string; url: string } | null,
): MailContent {
  return {
    subject,
    preheader,
    html: html`${paragraphs.map((text) => paragraph(text))}
    ${action === null ? null : actionButton(action.label, action.url)}`,
    text: [...paragraphs, ...(action === null ? [] : [`${action.label}:\n${action.url}`])].join(
      '\n\n',
    ),
  };
}

export interface InvoiceIssuedMailData {
  accountName: string;
  invoiceNumber: string;
  /** Formatted, e.g. "€89.00". */
  amountDue: string;
  /** The invoice's page in the portal. */
  invoiceUrl: string;
}

/** A new invoice, with its PDF attached. */
export function invoiceIssuedMail(data: InvoiceIssuedMailData, brand: MailBrand): MailContent {
  const what = `${brand.sellerName} issued invoice ${data.invoiceNumber} to ${data.accountName}. Amount due: ${data.amountDue}.`;
  const how =
    'The invoice is attached as a PDF. You can also view, download and pay it in the portal.';
  return content(
    `Invoice ${data.invoiceNumber} from ${brand.sellerName}: ${data.amountDue}`,
    `Amount due: ${data.amountDue}`,
    [what, how],
    { label: 'View the invoice', url: data.invoiceUrl },
  );
}

export interface TrialEndingMailData {
  accountName: string;
  planName: string;
  trialEnd: Date;
  /** The Plans page. */
  plansUrl: string;
}

/** SPEC §4: the admin is told 3 days before a trial ends. */
export function trialEndingMail(data: TrialEndingMailData, _brand: MailBrand): MailContent {
  const day = formatMailDay(data.trialEnd);
  return content(
    `Your ${data.planName} trial ends on ${day}`,
    `Add a payment method to keep ${data.planName}.`,
    [
      `The ${data.planName} trial of ${data.accountName} ends on ${day}.`,
      'With a payment method on file the subscription continues and the first invoice is issued then. Without one, the subscription ends with the trial.',
    ],
    { label: 'Review your plan', url: data.plansUrl },
  );
}

export interface PlanChangedMailData {
  accountName: string;
  /** The plan as it is now (or as it will be, for a scheduled change), e.g. "Pro (5 seats)". */
  planLabel: string;
  /** What happened, in one sentence (the caller words the outcome). */
  summary: string;
  plansUrl: string;
}

/** A plan change: made now, scheduled, or a scheduled change taking effect. */
export function planChangedMail(data: PlanChangedMailData, _brand: MailBrand): MailContent {
  return content(
    `Plan change for ${data.accountName}: ${data.planLabel}`,
    data.summary,
    [data.summary],
    { label: 'View your plan', url: data.plansUrl },
  );
}

export interface AccountSuspensionMailData {
  accountName: string;
  suspended: boolean;
  /** The operator's reason (suspension), or null. */
  reason: string | null;
  portalUrl: string;
}

/** The account was suspended (members keep read-only access) or reactivated. */
export function accountSuspensionMail(
  data: AccountSuspensionMailData,
  brand: MailBrand,
): MailContent {
  if (data.suspended) {
    return content(
      `${data.accountName} is suspended`,
      `Reason: ${data.reason ?? 'not given'}`,
      [
        `${brand.sellerName} suspended the billing account ${data.accountName}.`,
        `Reason: ${data.reason ?? 'not given'}`,
        'Members can still sign in and see the account read-only. Changes that move money and paid features are paused, as are renewals and payment retries, until the account is reactivated. Contact support to resolve it.',
      ],
      { label: 'Open the portal', url: data.portalUrl },
    );
  }
  return content(
    `${data.accountName} is active again`,
    'Your account was reactivated.',
    [
      `${brand.sellerName} reactivated the billing account ${data.accountName}. Everything works as before.`,
    ],
    { label: 'Open the portal', url: data.portalUrl },
  );
}
