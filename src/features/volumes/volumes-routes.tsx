import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { VolumeDetailPage } from './detail/volume-detail-page';
import { VolumesListPage } from './list/volumes-list-page';

/** /volumes, /volumes/:id and /volumes/:id/:tab (deep-linkable detail tabs). */
export default function VolumesRoutes() {
  return (
    <Routes>
      <Route index element={<VolumesListPage />} />
      <Route path=":id" element={<VolumeDetailPage />} />
      <Route path=":id/:tab" element={<VolumeDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
