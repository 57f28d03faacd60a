import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../components/page-states';
import { TransfersPage } from './transfers-page';

/** /volume-transfers: its own lazy route, so the Volumes page does not download the table. */
export default function TransfersRoutes() {
  return (
    <Routes>
      <Route index element={<TransfersPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
