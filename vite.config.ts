import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { openstackBackend } from './server/vite-plugin';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  plugins: [react(), openstackBackend()],
  server: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: true },
  preview: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
});
