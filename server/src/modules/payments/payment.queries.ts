import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from './payment.entity.js';

/** One payment by id (a receipt just returned by a service names it). */
export async function getPayment(em: EntityManager, paymentId: string): Promise<Payment> {
  return em.findOneOrFail(Payment, { id: paymentId });
}

/** The payments of these invoices, oldest first (the per-request invoice loader batches them). */
export async function paymentsOfInvoices(
  em: EntityManager,
  invoiceIds: readonly string[],
): Promise<Payment[]> {
  return em.find(
    Payment,
    { invoice: { $in: [...invoiceIds] } },
    { orderBy: { receivedAt: 'asc', id: 'asc' } },
  );
}
