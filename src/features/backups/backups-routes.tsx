import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { BackupDetailPage } from './detail/backup-detail-page';
import { BackupListPage } from './list/backup-list-page';

/** /backups and /backups/:id (lazy-loaded from src/app/route-table.ts). */
export default function BackupsRoutes() {
  return (
    <Routes>
      <Route index element={<BackupListPage />} />
      <Route path=":id" element={<BackupDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
