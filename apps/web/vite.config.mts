import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

import { splitGraphqlDocuments } from './split-graphql-documents.mts';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));
const lib = (path: string) => `${workspace}libs/${path}/src/index.ts`;
const apiUrl = process.env['LGX_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [
    splitGraphqlDocuments(),
    react(),
    // Brotli and gzip copies beside each text file, which the API serves by Accept-Encoding.
    compression({ include: /\.(html|js|css|svg|json|md|txt)$/, logLevel: 'silent' }),
  ],
  resolve: {
    alias: {
      '@lgx/shared/domain': lib('shared/domain'),
      '@lgx/web/data-access': lib('web/data-access'),
      '@lgx/web/feature-case-studies': lib('web/feature-case-studies'),
      '@lgx/web/feature-components': lib('web/feature-components'),
      '@lgx/web/feature-following': lib('web/feature-following'),
      '@lgx/web/feature-insight': lib('web/feature-insight'),
      '@lgx/web/feature-procurement': lib('web/feature-procurement'),
      '@lgx/web/feature-contracts': lib('web/feature-contracts'),
      '@lgx/web/feature-councils': lib('web/feature-councils'),
      // Before the library itself: the home page loads without the search and topic pages.
      '@lgx/web/feature-discovery/home': `${workspace}libs/web/feature-discovery/src/home.ts`,
      '@lgx/web/feature-discovery': lib('web/feature-discovery'),
      // Before the library itself: the pages load apart from the account menu the layout needs.
      '@lgx/web/feature-identity/routes': `${workspace}libs/web/feature-identity/src/routes.tsx`,
      '@lgx/web/feature-identity': lib('web/feature-identity'),
      '@lgx/web/feature-suppliers': lib('web/feature-suppliers'),
      '@lgx/web/ui': lib('web/ui'),
      '@lgx/web/util': lib('web/util'),
    },
  },
  css: {
    // govuk-frontend still carries an old IE media-query hack that LightningCSS rejects.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: { loadPaths: [`${workspace}node_modules`], quietDeps: true },
    },
  },
  build: {
    outDir: `${workspace}dist/apps/web`,
    emptyOutDir: true,
    // The API serves this folder to the public: no source maps in it (the dev server has its own).
    sourcemap: false,
    // .vite/manifest.json: which chunks each feature loads, read by bench/web-size.ts (never served).
    manifest: true,
    // Every browser LGX supports (those with ES modules and import.meta) knows modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Our libraries' modules do nothing on import but declare: a page that uses one
      // component of a library loads that component, not every module the index names.
      treeshake: {
        moduleSideEffects: [{ test: /\/libs\/(web|shared)\/.*\.tsx?$/, sideEffects: false }],
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/graphql': apiUrl, '/health': apiUrl, '/feeds': apiUrl, '/unsubscribe': apiUrl },
  },
});
