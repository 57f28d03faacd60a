import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/page-states';
import { ImagePage } from './image-page';

/** /images/:id (no list: the console manages volumes; an image page is where an upload leads). */
export default function ImagesRoutes() {
  return (
    <Routes>
      <Route path=":id" element={<ImagePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
