/**
 * `npm run bench:web-size [-- --build]`: the compressed JavaScript the first
 * page a visitor opens loads (the module graph of the built index.html:
 * entry, preloads and their static imports, not the lazily loaded
 * features), and what the main pages transfer on top. Reads dist/apps/web
 * (building it first with --build, or when it is missing). Exits 1 when the
 * first route's JavaScript, as browsers receive it (Brotli, which the API
 * sends whenever a browser accepts it), is over its budget (decision 0066),
 * or the home page with its own route's chunks is over the same 100 KB
 * (decision 0072).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import {
  featureFiles,
  FIRST_PAGE_CEILING_BYTES,
  FIRST_ROUTE_BUDGET_BYTES,
  firstRouteScripts,
  firstRouteStyles,
  type SizeTotal,
  total,
} from '@lgx/infra';

const ROOT = path.resolve(__dirname, '..');
const WEB_DIST = path.join(ROOT, 'dist', 'apps', 'web');

/** The pages measured, with the chunk each loads (the home page is discovery's, on its own). */
const PAGES: readonly { path: string; feature?: string }[] = [
  { path: '/', feature: 'libs/web/feature-discovery/src/home.ts' },
  { path: '/search?q=parking+permits', feature: 'libs/web/feature-discovery/src/index.ts' },
  { path: '/case-studies/<id>', feature: 'libs/web/feature-case-studies/src/index.ts' },
  { path: '/sector-map', feature: 'libs/web/feature-insight/src/index.ts' },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, size: { raw: number; gzip: number; brotli: number }) =>
  `${label.padEnd(44)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)} ${kb(size.brotli).padStart(10)}`;

function build(): void {
  console.log('Building the web app...');
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

function printPages(scripts: string[], styles: string[]): void {
  console.log(
    `\nTransfer of each page's code (not its data) ${'raw'.padStart(11)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
  );
  for (const page of PAGES) {
    const extra = page.feature ? featureFiles(WEB_DIST, page.feature, [...scripts, ...styles]) : [];
    const all: SizeTotal = total(WEB_DIST, ['index.html', ...scripts, ...styles, ...extra]);
    const js = total(WEB_DIST, [...scripts, ...extra.filter((file) => file.endsWith('.js'))]);
    console.log(row(`${page.path} (all)`, all));
    console.log(row(`${page.path} (JavaScript)`, js));
  }
  console.log(row('index.html + first-route styles', total(WEB_DIST, ['index.html', ...styles])));
}

function main(): void {
  if (process.argv.includes('--build') || !existsSync(path.join(WEB_DIST, 'index.html'))) build();
  const scripts = firstRouteScripts(WEB_DIST);
  const first = total(WEB_DIST, scripts);
  console.log(
    `First route JavaScript (${path.relative(ROOT, WEB_DIST)}) ${'raw'.padStart(12)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
  );
  for (const file of first.files) console.log(row(`  ${file.file}`, file));
  console.log(row('  total', first));
  printPages(scripts, firstRouteStyles(WEB_DIST));
  // The home page also needs its own feature's chunks before it shows anything:
  // the issue's "first page a visitor opens" is the shell plus those.
  const home = total(WEB_DIST, [
    ...scripts,
    ...featureFiles(WEB_DIST, PAGES[0]!.feature!, scripts).filter((file) => file.endsWith('.js')),
  ]);
  const over = first.brotli > FIRST_ROUTE_BUDGET_BYTES;
  const homeOver = home.brotli > FIRST_PAGE_CEILING_BYTES;
  console.log(
    `\nFirst route: ${first.brotli} bytes Brotli (budget ${FIRST_ROUTE_BUDGET_BYTES}: ${over ? 'OVER' : 'within'}), ${first.gzip} bytes gzip`,
  );
  console.log(
    `First page (/ with its route's chunks): ${home.brotli} bytes Brotli (budget ${FIRST_PAGE_CEILING_BYTES}: ${homeOver ? `OVER by ${home.brotli - FIRST_PAGE_CEILING_BYTES}` : 'met'}), ${home.gzip} bytes gzip`,
  );
  if (over || homeOver) process.exit(1);
}

main();
