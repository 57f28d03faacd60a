import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { QuotasPage } from './quotas-page';

/** /quotas: every signed-in user (members see their own project; admins may pick any). */
export default function QuotasRoutes() {
  return (
    <Routes>
      <Route index element={<QuotasPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
