import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { bootTestApp, seedTestCouncils, type TestApp } from '@lgx/api/testing';

import { createApp } from '../src/bootstrap';

/** The whole API on a fresh database, quiet, with the test councils (not the full register). */
export async function bootApiApp(): Promise<TestApp> {
  const harness = await bootTestApp((config) =>
    createApp(config, { logger: false, importCouncils: false }),
  );
  await seedTestCouncils(harness.dataSource);
  return harness;
}

/** The whole API serving a stand-in for the built web app: index.html and `files` (paths to content). */
export async function bootApiServingWeb(
  files: Record<string, string>,
): Promise<TestApp & { webDir: string }> {
  const webDir = mkdtempSync(path.join(tmpdir(), 'lgx-web-'));
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>LGX test shell</title>');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(webDir, file)), { recursive: true });
    writeFileSync(path.join(webDir, file), content);
  }
  const harness = await bootTestApp((config) =>
    createApp({ ...config, http: { ...config.http, webDistDir: webDir } }, { logger: ['error'] }),
  );
  return {
    ...harness,
    webDir,
    close: async () => {
      await harness.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
}
