import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { QosSpecDetailPage } from './detail/qos-spec-detail-page';
import { QosSpecsListPage } from './list/qos-specs-list-page';

/** /qos-specs (list) and /qos-specs/:id (specs editor, associations). Admin-only: the router guards it. */
export default function QosSpecsRoutes() {
  return (
    <Routes>
      <Route index element={<QosSpecsListPage />} />
      <Route path=":id" element={<QosSpecDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
