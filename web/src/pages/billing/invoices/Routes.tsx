import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../not-found/Page';
import { InvoicePage } from './DetailPage';
import { InvoicesPage } from './Page';

/** `/billing/invoices` and `/billing/invoices/:id`, mounted by one line in AppRoutes. */
export function InvoicesRoutes() {
  return (
    <Routes>
      <Route index element={<InvoicesPage />} />
      <Route path=":id" element={<InvoicePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
