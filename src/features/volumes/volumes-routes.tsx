import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage, PageLoading } from '../../components/page-states';
import { VolumesListPage } from './list/volumes-list-page';

// The detail page (tabs, descriptions, metadata editor) is downloaded when a volume is opened, not with the list.
const VolumeDetailPage = lazy(() => import('./detail/volume-detail-page').then((m) => ({ default: m.VolumeDetailPage })));

const detail = (
  <Suspense fallback={<PageLoading />}>
    <VolumeDetailPage />
  </Suspense>
);

/** /volumes, /volumes/:id and /volumes/:id/:tab (deep-linkable detail tabs). */
export default function VolumesRoutes() {
  return (
    <Routes>
      <Route index element={<VolumesListPage />} />
      <Route path=":id" element={detail} />
      <Route path=":id/:tab" element={detail} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
