/**
 * Public entry of modules/notifications: what other modules and the wiring may use; everything else in
 * this folder is internal. The allowed direction between modules is drawn in CONTRIBUTING.md
 * ("Modules and layers") and checked by `npm run boundaries`.
 *
 * The outbox, in-app notifications and e-mail: templates, queueing and delivery. Events are written
 * to the outbox with the change they report; `processNotificationOutbox` turns them into
 * notifications and mail (docs/OPERATIONS.md "Notifications").
 */
export type { NotificationAudience, NotificationDirectory } from './compose.js';
export {
  deliverQueuedMail,
  type MailAttachmentFile,
  type MailAttachmentLoader,
} from './mail/mail-delivery.js';
export type { MailAttachmentRef } from './mail/mail-message.entity.js';
export { enqueueMail, type MailSettings, requestMailDelivery } from './mail/mail.service.js';
export {
  type AccountSuspensionChange,
  type BankTransferDecision,
  type MemberInvited,
  notifyAccountSuspension,
  notifyBankTransferDecision,
  notifyMemberInvited,
  processNotificationOutbox,
} from './notify.service.js';
export { OutboxMessage } from './outbox.entity.js';
export { enqueueOutboxMessage, enqueueOutboxMessageTo } from './outbox.service.js';
