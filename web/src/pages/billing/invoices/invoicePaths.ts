export const invoicesPath = '/billing/invoices';

export function invoicePath(id: string): string {
  return `${invoicesPath}/${encodeURIComponent(id)}`;
}
