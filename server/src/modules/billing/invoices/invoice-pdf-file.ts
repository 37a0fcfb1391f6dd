import type { EntityManager } from '@mikro-orm/postgresql';
import { invoiceDocument } from './invoice-document.js';
import { Invoice } from './invoice.entity.js';
import { renderInvoicePdf } from './pdf/render.js';

/**
 * An issued invoice's PDF as a file to attach (the invoice-issued e-mail), rendered from its
 * issued snapshot like `GET /invoices/:id/pdf`; null for an unknown or draft invoice.
 */
export async function issuedInvoicePdf(
  em: EntityManager,
  invoiceId: string,
): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
  const invoice = await em.findOne(Invoice, { id: invoiceId }, { populate: ['lines'] });
  if (invoice === null || invoice.status === 'draft' || invoice.number === null) return null;
  return {
    filename: `${invoice.number}.pdf`,
    contentType: 'application/pdf',
    content: await renderInvoicePdf(invoiceDocument(invoice)),
  };
}
