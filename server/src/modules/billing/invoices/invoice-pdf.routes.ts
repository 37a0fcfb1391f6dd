import { type Request, Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../../db/handles.js';
import { invoiceDocument } from './invoice-document.js';
import { Invoice } from './invoice.entity.js';
import { renderInvoicePdf } from './pdf/render.js';

/** Who asks for an invoice's PDF, as far as access goes: a member, a partner token, an operator. */
export interface InvoiceReader {
  /** The account the request acts in; null for an operator outside any account. */
  account: { id: string } | null;
  isOperator: boolean;
  permissions: ReadonlySet<string>;
}

const notFound = { error: { code: 'NOT_FOUND', message: 'Invoice not found.' } };

/**
 * `GET /invoices/:id/pdf`: the invoice as a PDF, for a member of its account holding
 * INVOICES_DOWNLOAD (session cookie), a partner token of that account with `invoices:read`
 * (`Authorization: Bearer`), or an operator. Any other account's invoice answers 404, as if
 * it did not exist. Rendered on request from the issued snapshot, so it never changes.
 */
export function invoicePdfRoutes(deps: {
  orm: Orm;
  /** The request's auth state, as the GraphQL context has it (resolved by http/app.ts). */
  readerOf: (req: Request, em: EntityManager) => Promise<InvoiceReader | null>;
}): Router {
  const { orm, readerOf } = deps;
  const router = Router();
  router.get('/invoices/:id/pdf', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      // A partner token with invoices:read (checked in front of this route), else the session.
      const auth = await readerOf(req, em);
      if (auth === null) {
        res
          .status(401)
          .json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' } });
        return;
      }
      const invoice = await em.findOne(Invoice, { id: req.params.id }, { populate: ['lines'] });
      const ownAccount = invoice !== null && auth.account?.id === invoice.account.id;
      if (invoice === null || invoice.status === 'draft' || (!ownAccount && !auth.isOperator)) {
        res.status(404).json(notFound);
        return;
      }
      if (!auth.isOperator && !auth.permissions.has('INVOICES_DOWNLOAD')) {
        res.status(403).json({
          error: { code: 'FORBIDDEN', message: 'You do not have permission to download invoices.' },
        });
        return;
      }
      const pdf = await renderInvoicePdf(invoiceDocument(invoice));
      res
        .status(200)
        .set({
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="${invoice.number}.pdf"`,
          'Cache-Control': 'private, no-store',
        })
        .send(pdf);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
