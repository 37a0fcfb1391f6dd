import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMinorUnits } from '../billing/rules/index.js';
import type { MailAttachmentRef } from './mail/mail-message.entity.js';
import type { MailTemplateData, MailTemplateName } from './mail/templates.js';
import { formatMailDay } from './mail/templates/format.js';
import type { OutboxMessage } from './outbox.entity.js';

/**
 * Who hears about an account's events, as the module above knows it (the wiring passes a
 * `NotificationDirectory`: accounts know the billing e-mail and the alert choices, members the
 * Billing Admins).
 */
export interface NotificationAudience {
  accountName: string;
  /** Billing details' e-mail, else the account's billing e-mail; null when neither is set. */
  billingEmail: string | null;
  /** Every Billing Admin's address. */
  billingAdmins: readonly string[];
  /** The alert topics chosen at onboarding or in Account settings (accounts' `alertTopics`). */
  alertTopics: readonly string[];
}

/** What processing needs from modules above notifications, passed in by the wiring. */
export interface NotificationDirectory {
  /** Null when the account no longer exists (its events are then dropped). */
  audience(em: EntityManager, accountId: string): Promise<NotificationAudience | null>;
  planName(em: EntityManager, planId: string): Promise<string | null>;
  /** The signed "update payment method" link of an invoice; null when cards are not taken. */
  fixPaymentUrl(invoiceId: string, at: Date): string | null;
}

/**
 * Who gets an event's e-mail. `billingContact`: the billing e-mail, else the Billing Admins
 * (documents: invoices, receipts, transfer decisions). `contacts`: the Billing Admins and the
 * billing e-mail (something to act on or know about the account).
 */
export type MailAudience = 'billingContact' | 'contacts';

/**
 * The alert topic (accounts' `alertTopics`) that decides whether an event is e-mailed; null: always
 * e-mailed, whatever was chosen (receipts, transfer decisions, suspension, the last dunning step).
 */
export type AlertTopicName = 'INVOICE_ISSUED' | 'PAYMENT_FAILED' | 'TRIAL_ENDING' | 'PLAN_CHANGED';

export interface ComposedMail<N extends MailTemplateName = MailTemplateName> {
  template: N;
  data: MailTemplateData<N>;
  audience: MailAudience;
  topic: AlertTopicName | null;
  attachments?: MailAttachmentRef[];
}

export interface ComposedNotification {
  inApp: { title: string; body: string; link: string | null } | null;
  mail: ComposedMail | null;
}

const nothing: ComposedNotification = { inApp: null, mail: null };

function mailOf<N extends MailTemplateName>(mail: ComposedMail<N>): ComposedMail {
  return mail as unknown as ComposedMail;
}

/** Payload readers: payloads are stored JSON, so each value is checked as it is read. */
function text(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string') throw new Error(`Outbox payload lacks the text "${key}"`);
  return value;
}
function optionalText(payload: Record<string, unknown>, key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' ? value : null;
}
function integer(payload: Record<string, unknown>, key: string): number {
  const value = payload[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new Error(`Outbox payload lacks the integer "${key}"`);
  }
  return value;
}
function optionalDate(payload: Record<string, unknown>, key: string): Date | null {
  const value = optionalText(payload, key);
  return value === null ? null : new Date(value);
}

export interface ComposeContext {
  em: EntityManager;
  directory: NotificationDirectory;
  audience: NotificationAudience;
  /** The portal's address (config `publicUrl`). */
  publicUrl: URL;
}

/** Subscription outcomes that are a plan change someone should hear about. */
const planChangeWords: Record<string, (plan: string) => string> = {
  upgraded: (plan) => `The plan changed to ${plan}, effective now.`,
  downgraded: (plan) => `The plan changed to ${plan}, effective now.`,
  interval_changed: (plan) => `The billing interval changed: the plan is now ${plan}.`,
  plan_switched: (plan) => `The plan changed to ${plan}.`,
  trial_plan_switched: (plan) => `The trial continues on ${plan}.`,
};

/**
 * Turns one outbox message into what members see in the app and what is e-mailed to whom. Pure
 * apart from the directory's look-ups; a malformed payload throws (the message is retried, then
 * set aside).
 */
export async function composeNotification(
  message: OutboxMessage,
  context: ComposeContext,
): Promise<ComposedNotification> {
  const p = message.payload;
  const { audience } = context;
  const url = (path: string) => new URL(path, context.publicUrl).toString();
  const money = (amountKey: string) => formatMinorUnits(integer(p, amountKey), text(p, 'currency'));
  switch (message.topic) {
    case 'invoice.issued': {
      const invoiceId = text(p, 'invoiceId');
      const number = optionalText(p, 'number') ?? invoiceId;
      const amountDue = money('amountDue');
      const link = `/billing/invoices/${invoiceId}`;
      return {
        inApp: { title: `Invoice ${number} issued`, body: `Amount due: ${amountDue}.`, link },
        mail: mailOf({
          template: 'invoiceIssued',
          data: {
            accountName: audience.accountName,
            invoiceNumber: number,
            amountDue,
            invoiceUrl: url(link),
          },
          audience: 'billingContact',
          topic: 'INVOICE_ISSUED',
          attachments: [{ kind: 'invoicePdf', invoiceId }],
        }),
      };
    }
    case 'payment.received': {
      const invoiceId = text(p, 'invoiceId');
      const number = optionalText(p, 'number') ?? invoiceId;
      const amount = money('amount');
      const method = optionalText(p, 'method') ?? 'your payment method';
      const link = `/billing/invoices/${invoiceId}`;
      return {
        inApp: {
          title: `Payment received: ${amount}`,
          body: `${amount} received for invoice ${number} (${method}).`,
          link,
        },
        mail: mailOf({
          template: 'paymentReceipt',
          data: {
            accountName: audience.accountName,
            invoiceNumber: number,
            amount,
            method,
            paidAt: message.createdAt,
            invoiceUrl: url(link),
          },
          audience: 'billingContact',
          topic: null,
        }),
      };
    }
    case 'payment.failed': {
      const invoiceId = text(p, 'invoiceId');
      const number = optionalText(p, 'number') ?? invoiceId;
      const amount = money('amountDue');
      const dunning = optionalText(p, 'dunning');
      const finalAction =
        dunning === 'subscription_canceled' ||
        dunning === 'account_suspended' ||
        dunning === 'invoice_uncollectible'
          ? dunning
          : null;
      const nextAttemptAt = optionalDate(p, 'nextAttemptAt');
      const reason = optionalText(p, 'reason') ?? 'The payment did not go through.';
      const fixUrl =
        context.directory.fixPaymentUrl(invoiceId, message.createdAt) ??
        url(`/billing/invoices/${invoiceId}`);
      const attempt = typeof p.attempt === 'number' ? p.attempt : undefined;
      return {
        inApp: {
          title: `Payment failed for invoice ${number}`,
          body:
            `${amount} could not be charged: ${reason}` +
            (finalAction !== null
              ? ' Every retry failed.'
              : nextAttemptAt !== null
                ? ` Next attempt on ${formatMailDay(nextAttemptAt)}.`
                : ''),
          link: '/billing/payment-methods',
        },
        mail: mailOf({
          template: 'paymentFailed',
          data: {
            accountName: audience.accountName,
            invoiceNumber: number,
            amount,
            reason,
            method: optionalText(p, 'method') ?? 'your card',
            nextAttemptAt,
            fixUrl,
            attempt,
            finalAction,
          },
          audience: 'contacts',
          // The last step (cancel, suspend, write off) is told whatever was chosen.
          topic: finalAction === null ? 'PAYMENT_FAILED' : null,
        }),
      };
    }
    case 'trial.ending': {
      const planName = (await context.directory.planName(context.em, text(p, 'planId'))) ?? 'plan';
      const trialEnd = new Date(text(p, 'trialEnd'));
      const day = formatMailDay(trialEnd);
      return {
        inApp: {
          title: `Your trial ends on ${day}`,
          body: `Add a payment method to keep ${planName} after the trial.`,
          link: '/billing/plans',
        },
        mail: mailOf({
          template: 'trialEnding',
          data: {
            accountName: audience.accountName,
            planName,
            trialEnd,
            plansUrl: url('/billing/plans'),
          },
          audience: 'contacts',
          topic: 'TRIAL_ENDING',
        }),
      };
    }
    case 'subscription.changed': {
      const outcome = text(p, 'outcome');
      const planId = optionalText(p, 'planId');
      if (planId === null) return nothing;
      const planName = (await context.directory.planName(context.em, planId)) ?? 'a new plan';
      const seats = typeof p.seats === 'number' ? p.seats : null;
      const planLabel = seats === null ? planName : `${planName} (${seats} seats)`;
      let summary: string;
      if (outcome === 'change_scheduled') {
        const effectiveAt = optionalDate(p, 'effectiveAt');
        summary = `A plan change is scheduled: ${planLabel} from ${effectiveAt === null ? 'the next renewal' : formatMailDay(effectiveAt)}.`;
      } else if (p.scheduledChangeApplied === true) {
        summary = `The scheduled plan change took effect: the plan is now ${planLabel}.`;
      } else {
        const words = planChangeWords[outcome];
        if (words === undefined) return nothing;
        summary = words(planLabel);
      }
      return {
        inApp: { title: 'Plan changed', body: summary, link: '/billing/plans' },
        mail: mailOf({
          template: 'planChanged',
          data: {
            accountName: audience.accountName,
            planLabel,
            summary,
            plansUrl: url('/billing/plans'),
          },
          audience: 'contacts',
          topic: 'PLAN_CHANGED',
        }),
      };
    }
    case 'member.invited': {
      const inviter = optionalText(p, 'inviterName');
      const who = `${text(p, 'email')} as ${text(p, 'roleLabel')}`;
      return {
        // The invitee's own e-mail is the invitation (members writes it); members see it here.
        inApp: {
          title: 'Member invited',
          body: inviter === null ? `${who} was invited.` : `${inviter} invited ${who}.`,
          link: '/members',
        },
        mail: null,
      };
    }
    case 'bank_transfer.approved':
    case 'bank_transfer.rejected': {
      const approved = message.topic === 'bank_transfer.approved';
      const invoiceId = text(p, 'invoiceId');
      const number = optionalText(p, 'invoiceNumber') ?? invoiceId;
      const amount = money('amount');
      const reason = optionalText(p, 'reason');
      const link = `/billing/invoices/${invoiceId}`;
      return {
        inApp: {
          title: approved ? 'Bank transfer approved' : 'Bank transfer rejected',
          body: approved
            ? `${amount} for invoice ${number} was received.`
            : `${amount} for invoice ${number} could not be matched: ${reason ?? 'no reason given'}.`,
          link,
        },
        // The decision's e-mail (to whoever announced the transfer and the billing e-mail, with
        // what is still due) is written by payments with the decision; members see it here.
        mail: null,
      };
    }
    case 'account.suspended':
    case 'account.reactivated': {
      const suspended = message.topic === 'account.suspended';
      const reason = optionalText(p, 'reason');
      return {
        inApp: {
          title: suspended ? 'Account suspended' : 'Account reactivated',
          body: suspended
            ? `Reason: ${reason ?? 'not given'}. The account is read-only until it is reactivated.`
            : 'The account is active again.',
          link: null,
        },
        mail: mailOf({
          template: 'accountSuspension',
          data: {
            accountName: audience.accountName,
            suspended,
            reason,
            portalUrl: url('/'),
          },
          audience: 'contacts',
          topic: null,
        }),
      };
    }
    default:
      // invoice.voided and anything not (yet) told to people.
      return nothing;
  }
}

/** The addresses an e-mail goes to, lower-cased and each once; none when its topic is off. */
export function mailRecipients(mail: ComposedMail, audience: NotificationAudience): string[] {
  if (mail.topic !== null && !audience.alertTopics.includes(mail.topic)) return [];
  const billing = audience.billingEmail === null ? [] : [audience.billingEmail];
  const addresses =
    mail.audience === 'billingContact'
      ? billing.length > 0
        ? billing
        : audience.billingAdmins
      : [...audience.billingAdmins, ...billing];
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()))].filter(
    (address) => address !== '',
  );
}
