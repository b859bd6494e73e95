/** `npm run build:api`: the API's release build into dist/apps/api (see api-build.ts). */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { API_DIST_DIR, buildApi } from './api-build';

const ROOT = path.resolve(__dirname, '..', '..');
const started = Date.now();
buildApi()
  .then(({ files, packages }) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `API built: ${files} files in ${seconds} s to ${path.relative(ROOT, API_DIST_DIR)} (${packages.length} packages required)`,
    );
    if (!existsSync(path.join(API_DIST_DIR, 'main.js'))) throw new Error('main.js is missing');
  })
  .catch((error: unknown) => {
    console.error('API build failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
