import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingConfig } from '../../config.js';
import type { Collector } from '../billing/index.js';
import {
  loadMethodConfigs,
  type MethodConfigs,
  resolveOffer,
  transferInstructionsText,
} from './method-config/payment-method-config.service.js';

const DAY_MS = 86_400_000;

/**
 * The payment-method configuration, read once per transaction: a renewal batch collects thousands
 * of invoices in one.
 */
const configsOfTransaction = new WeakMap<EntityManager, Promise<MethodConfigs>>();
function methodConfigsIn(tx: EntityManager): Promise<MethodConfigs> {
  let configs = configsOfTransaction.get(tx);
  if (configs === undefined) {
    configs = loadMethodConfigs(tx);
    configsOfTransaction.set(tx, configs);
  }
  return configs;
}

/**
 * Bank transfer: nothing is charged. The invoice stays open on net terms (due INVOICE_NET_DAYS
 * after issue) and shows the bank account configured for the buyer's country and the invoice's
 * currency (payment methods per country; BANK_TRANSFER_INSTRUCTIONS when none is), with the
 * invoice number as the reference. The customer announces the transfer (`submitBankTransfer`) and
 * an operator approves it, or records one nobody announced (`recordBankTransfer`). Where the
 * buyer's country is not offered bank transfer, the invoice carries no bank details (it is paid by
 * card from the invoice page).
 */
export function bankTransferCollector(billing: BillingConfig): Collector {
  const dueAfter = (issuedAt: Date) =>
    new Date(issuedAt.getTime() + billing.invoiceNetDays * DAY_MS);
  return {
    method: 'bank_transfer',
    setsTermsOnly: true,
    // Every account may pay by transfer, so a trial always converts into an open invoice.
    canCollect: () => Promise.resolve(true),
    termsAt: (_tx, _accountId, issuedAt) =>
      Promise.resolve({ method: 'bank_transfer', dueAt: dueAfter(issuedAt) }),
    async collect(tx, invoice) {
      if (invoice.issuedAt === null || invoice.number === null) {
        throw new Error(`Invoice ${invoice.id} is collected before it is finalized`);
      }
      const offer = resolveOffer(
        await methodConfigsIn(tx),
        invoice.buyer?.country ?? null,
        invoice.currency,
        billing,
      );
      invoice.collectionMethod = 'bank_transfer';
      invoice.dueAt = dueAfter(invoice.issuedAt);
      invoice.paymentInstructions =
        offer.bankTransfer === null ? null : transferInstructionsText(offer.bankTransfer);
      return { status: 'pending', method: 'bank_transfer' };
    },
  };
}
