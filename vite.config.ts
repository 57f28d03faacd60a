import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { firstPaintStrings } from './server/first-paint-strings';
import { firstScreenChunksPlugin } from './server/first-screen-chunks';
import { firstScreenChunkGroups } from './server/first-screen-groups';
import { leanFormContext } from './server/lean-form-context';
import { precompress } from './server/precompress';
import { openstackBackend } from './server/vite-plugin';

const port = Number(process.env.PORT ?? 5173);

const FIRST_SCREEN_NAMESPACES = /[\\/]src[\\/](?:components[\\/](?:list|export)|features[\\/]volumes(?:[\\/]volume-actions)?|features[\\/](?:quotas|activity))[\\/]locales[\\/](?<language>en-US|zh-CN)\.json$/;

function firstScreenStrings(id: string): string | null {
  const match = FIRST_SCREEN_NAMESPACES.exec(id);
  return match?.groups ? `strings-${match.groups.language}` : null;
}

export default defineConfig({
  plugins: [react(), leanFormContext(), openstackBackend(), firstPaintStrings(fileURLToPath(new URL('./src/app/locales', import.meta.url))), firstScreenChunksPlugin(), precompress()],
  server: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: true },
  preview: { host: process.env.HOST ?? '127.0.0.1', port, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Fewer, fuller files on the first screens (each response costs its headers and a request slot):
          // the libraries every page needs in one chunk, then the first screens' code by what loads it.
          groups: [
            { name: 'vendor', priority: 100, test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/ },
            // What the entry runs, the boot code, the login page, the shell with the volumes list
            // (server/first-screen-groups.ts): a few full files instead of dozens of 1 KB ones.
            ...firstScreenChunkGroups(fileURLToPath(new URL('.', import.meta.url)), 90),
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
