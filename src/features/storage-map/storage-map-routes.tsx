import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { StorageMapPage } from './storage-map-page';

/** /storage-map. Admin-only: the router shows "needs admin" to members. */
export default function StorageMapRoutes() {
  return (
    <Routes>
      <Route index element={<StorageMapPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
