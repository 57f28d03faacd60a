import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { ServicesPage } from './list/services-page';

/** /services (admin): Cinder's services and availability zones. The router shows "needs admin" to members. */
export default function ServicesRoutes() {
  return (
    <Routes>
      <Route index element={<ServicesPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
