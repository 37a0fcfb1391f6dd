/**
 * Everything an invoice or credit note PDF shows, as plain data: the invoice service builds it from
 * its entities, the renderer only lays it out. Amounts are integer minor units of `currency`.
 */
export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note';
  number: string; // INV-2026-11-00001 or CN-2026-11-00001
  status: 'open' | 'paid' | 'void' | 'uncollectible';
  issuedAt: Date;
  dueAt: Date | null;
  paidAt: Date | null;
  currency: string; // ISO 4217
  seller: { name: string; addressLines: string[]; taxId: string | null; email: string | null };
  buyer: { legalName: string; addressLines: string[]; taxId: string | null; email: string };
  lines: {
    description: string;
    quantity: number;
    unitAmount: number;
    amount: number;
    periodStart: Date | null;
    periodEnd: Date | null;
    proration: boolean;
  }[]; // amounts in minor units, may be negative (credits)
  subtotal: number;
  creditApplied: number;
  /** `label` is printed as given, rate included (e.g. "VAT 19%"); `amount` is in minor units. */
  tax: { label: string; rateBps: number; amount: number; reverseChargeNote: string | null };
  total: number;
  amountPaid: number;
  amountDue: number;
  paymentInstructions: string[]; // e.g. ['Bank transfer to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX', 'Reference: INV-2026-11-00001']
  notes: string[];
  relatesTo: string | null; // for a credit note: the invoice number it credits
}

export type InvoiceDocumentLine = InvoiceDocument['lines'][number];
