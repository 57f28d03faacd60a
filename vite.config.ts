import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { firstPaintStrings } from './server/first-paint-strings';
import { firstScreenChunksPlugin } from './server/first-screen-chunks';
import { precompress } from './server/precompress';
import { openstackBackend } from './server/vite-plugin';

const port = Number(process.env.PORT ?? 5173);

const FIRST_SCREEN_NAMESPACES = /[\\/]src[\\/](?:components[\\/](?:list|export)|features[\\/]volumes(?:[\\/]volume-actions)?|features[\\/](?:quotas|activity))[\\/]locales[\\/](?<language>en-US|zh-CN)\.json$/;

function firstScreenStrings(id: string): string | null {
  const match = FIRST_SCREEN_NAMESPACES.exec(id);
  return match?.groups ? `strings-${match.groups.language}` : null;
}

export default defineConfig({
  plugins: [react(), openstackBackend(), firstPaintStrings(fileURLToPath(new URL('./src/app/locales', import.meta.url))), firstScreenChunksPlugin(), precompress()],
  server: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: true },
  preview: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Fewer, fuller files on the first screens (each response costs its headers too): the libraries
          // every page needs in one chunk, the thin API layer in another.
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/ },
            // The API layer (admin-only calls, src/api/admin, load with the admin pages) and the React-free code the entry runs to ask for the first page's data
            // (src/app/first-data.ts): the status tables its filters check, list state, table
            // preferences, each list's first read. The entry imports all of it: one file, not five.
            {
              name: 'api',
              test: /[\\/]src[\\/]api[\\/](?!admin[\\/])|[\\/]src[\\/](domain[\\/]((volumes|snapshots)[\\/])?status|lib[\\/]list-state|components[\\/]list[\\/]table-prefs-store|features[\\/][^\\/]+[\\/](list[\\/])?(first-page|list-schema|list-params|list-url-state))\.ts$/,
            },
            // The strings of the namespaces the volumes list needs, one file per language (never both).
            { name: firstScreenStrings },
          ],
        },
      },
      treeshake: {
        // These packages declare no "sideEffects", so a bundler must keep every module they reach. They
        // are pure (no globals, polyfills or CSS): antd's Checkbox and Switch only need rc-form's
        // FormProvider context, not its validator (~13 KB gzip) on every list page.
        moduleSideEffects: [{ test: /node_modules\/(@rc-component\/form|@rc-component\/async-validator)\//, sideEffects: false }],
      },
    },
  },
});
