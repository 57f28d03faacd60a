import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { SnapshotDetailPage } from './detail/snapshot-detail-page';
import { SnapshotListPage } from './list/snapshot-list-page';

/** /snapshots and /snapshots/:id (lazy-loaded from src/app/routes.tsx). */
export default function SnapshotsRoutes() {
  return (
    <Routes>
      <Route index element={<SnapshotListPage />} />
      <Route path=":id" element={<SnapshotDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
