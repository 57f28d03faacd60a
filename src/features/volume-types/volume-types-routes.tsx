import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { VolumeTypeDetailPage } from './detail/volume-type-detail-page';
import { VolumeTypesPage } from './list/volume-types-page';

/** /volume-types (list) and /volume-types/:id (extra specs, QoS, access). Admin only: the router guards it. */
export default function VolumeTypesRoutes() {
  return (
    <Routes>
      <Route index element={<VolumeTypesPage />} />
      <Route path=":id" element={<VolumeTypeDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
