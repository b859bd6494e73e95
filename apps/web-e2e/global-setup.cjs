// Starts the whole platform as `npm start` does (embedded PostgreSQL and
// Meilisearch, the API serving the built web app) on free ports with a
// throwaway data folder, for the browser journeys.
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync } = require('node:fs');
const net = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

module.exports = async function globalSetup() {
  if (!existsSync(path.join(root, 'dist/apps/web/index.html'))) {
    throw new Error('Build the web app first: `npx nx run web:build` (npm run test:e2e does).');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lgx-e2e-'));
  const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env,
    LGX_DATA_DIR: dataDir,
    PORT: String(port),
    LGX_PG_PORT: String(pgPort),
    LGX_MEILI_PORT: String(meiliPort),
  };
  for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY']) delete env[name];

  const child = spawn(process.execPath, ['infra/bin/run.cjs', 'infra/dev/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`LGX did not start within 120 s:\n${output}`)),
      120_000,
    );
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`LGX stopped during start-up (exit code ${code}):\n${output}`));
    });
  });
  process.env.LGX_E2E_BASE_URL = `http://127.0.0.1:${port}`;
  globalThis.__LGX_E2E__ = { child, dataDir };
};
