/**
 * Public entry of modules/notifications: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * The outbox and e-mail: templates, queueing and delivery.
 */
export { deliverQueuedMail } from './mail/mail-delivery.js';
export { enqueueMail, type MailSettings, requestMailDelivery } from './mail/mail.service.js';
export { OutboxMessage } from './outbox.entity.js';
export { enqueueOutboxMessage, enqueueOutboxMessageTo } from './outbox.service.js';
