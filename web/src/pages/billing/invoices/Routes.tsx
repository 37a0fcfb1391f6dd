import { Route, Routes } from 'react-router-dom';
import { NotFoundState } from '../../../components/NotFoundState';
import { InvoicePage } from './DetailPage';
import { InvoicesPage } from './Page';

/** `/billing/invoices` and `/billing/invoices/:id`, mounted by one line in AppRoutes. */
export function InvoicesRoutes() {
  return (
    <Routes>
      <Route index element={<InvoicesPage />} />
      <Route path=":id" element={<InvoicePage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
