import { Route, Routes } from 'react-router-dom';
import { NotFoundState } from '../../../components/NotFoundState';
import { OperatorAccountPage } from './DetailPage';
import { OperatorAccountsPage } from './Page';

/** `/operator/accounts` and `/operator/accounts/:accountId`, mounted by one line in AppRoutes. */
export function OperatorAccountsRoutes() {
  return (
    <Routes>
      <Route index element={<OperatorAccountsPage />} />
      <Route path=":accountId" element={<OperatorAccountPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
