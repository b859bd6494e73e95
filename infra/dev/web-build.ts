import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['apps/web', 'libs/web', 'libs/shared'];

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The built web app's folder. */
export function webDistDir(root: string): string {
  return path.join(root, 'dist', 'apps', 'web');
}

/** True when the web app has never been built or its sources changed since. */
export function webBuildIsStale(root: string): boolean {
  const index = path.join(webDistDir(root), 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((dir) => newestMtime(path.join(root, dir)) > built);
}

/** Runs Vite's production build of apps/web. */
export function buildWeb(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'apps/web/vite.config.mts',
        '--logLevel',
        'error',
      ],
      // Always the production build, whatever NODE_ENV the caller has (Jest sets test).
      { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the web build failed (exit code ${code})`)),
    );
  });
}
