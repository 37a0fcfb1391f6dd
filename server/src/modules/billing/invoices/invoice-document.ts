import { formatMinorUnits } from '../../../graphql/money.js';
import { taxLabel } from '../rules/index.js';
import type { Invoice } from './invoice.entity.js';
import type { InvoiceDocument } from './pdf/document.js';

/** The invoice's tax line label, as its GraphQL `taxLabel` answers it. */
export function invoiceTaxLabel(invoice: Invoice): string {
  const treatment = { rateBps: invoice.taxRateBps, reverseCharge: invoice.reverseCharge };
  return taxLabel(treatment, invoice.buyer?.country ?? null);
}

const dayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** What the PDF shows of an issued invoice (lines populated): plain data for the renderer. */
export function invoiceDocument(invoice: Invoice): InvoiceDocument {
  const { number, issuedAt, buyer, seller } = invoice;
  if (invoice.status === 'draft' || number === null || issuedAt === null) {
    throw new Error(`Invoice ${invoice.id} is a draft`);
  }
  if (buyer === null || seller === null) throw new Error(`Invoice ${invoice.id} has no parties`);
  const paymentInstructions =
    invoice.status === 'open' && invoice.paymentInstructions !== null
      ? [
          invoice.paymentInstructions,
          `Reference: ${number}`,
          ...(invoice.dueAt === null ? [] : [`Due by ${dayFormat.format(invoice.dueAt)}`]),
        ]
      : [];
  const notes: string[] = [];
  if (invoice.status === 'void' && invoice.voidedAt !== null) {
    notes.push(
      `Voided on ${dayFormat.format(invoice.voidedAt)}${invoice.voidReason === null ? '' : `: ${invoice.voidReason}`}`,
    );
  }
  if (invoice.subtotal < 0) {
    notes.push(
      `${formatMinorUnits(-invoice.subtotal, invoice.currency)} of unused time was added to the account's credit balance.`,
    );
  }
  return {
    kind: 'invoice',
    number,
    status: invoice.status,
    issuedAt,
    dueAt: invoice.dueAt,
    paidAt: invoice.paidAt,
    currency: invoice.currency,
    seller: {
      name: seller.name,
      addressLines: seller.addressLines,
      taxId: seller.vatId,
      email: seller.email,
    },
    buyer: {
      legalName: buyer.legalName,
      addressLines: buyer.addressLines,
      taxId: buyer.taxId,
      email: buyer.email,
    },
    lines: invoice.lines.getItems().map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      amount: line.amount,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
      proration: line.proration,
    })),
    subtotal: invoice.subtotal,
    creditApplied: invoice.creditApplied,
    tax: {
      label: invoiceTaxLabel(invoice),
      rateBps: invoice.taxRateBps,
      amount: invoice.taxAmount,
      reverseChargeNote: invoice.taxNote,
    },
    total: invoice.total,
    amountPaid: invoice.amountPaid,
    amountDue: invoice.amountDue,
    paymentInstructions,
    notes,
    relatesTo: null,
  };
}
