import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../../config.js';
import type { JobQueue } from '../../../jobs/queue.js';
import type { Logger } from '../../../logging.js';
import { renderMail, type MailBrand, type MailContent } from './layout.js';
import { type MailAttachmentRef, MailMessage } from './mail-message.entity.js';
import { mailTemplates, type MailTemplateData, type MailTemplateName } from './templates.js';

/** The configuration mail needs: where it goes, who it is from, the seller and the portal. */
export type MailSettings = Pick<Config, 'mail' | 'publicUrl'> & {
  billing: { seller: Pick<Config['billing']['seller'], 'name'> };
};

export interface MailRequest<N extends MailTemplateName> {
  /** One address (the caller has validated it). */
  to: string;
  template: N;
  data: MailTemplateData<N>;
  /** The account the mail is about, if any. */
  accountId: string | null;
  /** When the change it reports happened (the caller's clock). */
  at: Date;
  /** The event (outbox message) it reports: one message per event and address. */
  eventId?: string | null;
  /** Files fetched and attached when it is sent. */
  attachments?: MailAttachmentRef[] | null;
}

const singleAddress = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+$/;

export function mailBrandOf(config: MailSettings): MailBrand {
  return { sellerName: config.billing.seller.name, portalUrl: config.publicUrl.toString() };
}

/**
 * Renders `template` with `data` and adds the message to the caller's unit of work, so the mail
 * exists if and only if the change it reports commits. It is `queued` for the deliver-mail job
 * when SMTP_URL is set, otherwise it stays in the outbox (development). After the transaction
 * commits, call `requestMailDelivery` to send it now rather than at the next minute.
 */
export function enqueueMail<N extends MailTemplateName>(
  tx: EntityManager,
  config: MailSettings,
  request: MailRequest<N>,
): MailMessage {
  const to = request.to.trim();
  // A programming error, not user input: the address would otherwise become a header.
  if (!singleAddress.test(to)) throw new Error('enqueueMail needs exactly one e-mail address');
  // Indexing the map by a generic name loses the pairing of name and data that MailRequest keeps.
  const template = mailTemplates[request.template] as (
    data: MailTemplateData<N>,
    brand: MailBrand,
  ) => MailContent;
  const brand = mailBrandOf(config);
  const rendered = renderMail(template(request.data, brand), brand);
  const viaSmtp = config.mail.smtpUrl !== null;
  return tx.create(MailMessage, {
    toAddress: to,
    fromAddress: config.mail.from,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    template: request.template,
    accountId: request.accountId,
    createdAt: request.at,
    eventId: request.eventId ?? null,
    attachments: request.attachments?.length ? request.attachments : null,
    status: viaSmtp ? 'queued' : 'outbox',
    nextAttemptAt: viaSmtp ? request.at : null,
  });
}

/**
 * Asks a worker to turn new events into notifications and to deliver queued mail now. Call it
 * after the transaction that wrote the mail or the event committed (a job started earlier could
 * miss the row). Never fails the caller: without it the every-minute runs do it anyway.
 */
export async function requestMailDelivery(ctx: { jobs: JobQueue; log: Logger }): Promise<void> {
  try {
    await ctx.jobs.enqueue('process-notifications', {});
    await ctx.jobs.enqueue('deliver-mail', {});
  } catch (error) {
    ctx.log.warn({ err: error }, 'could not start mail delivery; the next scheduled run sends it');
  }
}
