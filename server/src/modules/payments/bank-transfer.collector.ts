import type { BillingConfig } from '../../config.js';
import type { Collector } from '../billing/collection.js';

const DAY_MS = 86_400_000;

/**
 * Bank transfer: nothing is charged. The invoice stays open on net terms (due INVOICE_NET_DAYS
 * after issue) and shows the seller's bank details with the invoice number as the reference; an
 * operator records the transfer when it arrives (`recordBankTransfer`).
 */
export function bankTransferCollector(billing: BillingConfig): Collector {
  return {
    method: 'bank_transfer',
    setsTermsOnly: true,
    // Every account may pay by transfer, so a trial always converts into an open invoice.
    canCollect: () => Promise.resolve(true),
    collect(_tx, invoice) {
      if (invoice.issuedAt === null || invoice.number === null) {
        throw new Error(`Invoice ${invoice.id} is collected before it is finalized`);
      }
      invoice.collectionMethod = 'bank_transfer';
      invoice.dueAt = new Date(invoice.issuedAt.getTime() + billing.invoiceNetDays * DAY_MS);
      invoice.paymentInstructions = billing.bankTransferInstructions;
      return Promise.resolve({ status: 'pending', method: 'bank_transfer' });
    },
  };
}
