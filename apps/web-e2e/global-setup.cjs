// Starts the whole platform as `npm start` does (embedded PostgreSQL and
// Meilisearch, the API serving the built web app) on free ports with a
// throwaway data folder, for the browser journeys; then seeds it with the
// API's admin CLI: Derby's, Nottingham's, Stockport's and Kent's email domains,
// Derby's first council admin and an editor, two Nottingham officers and an editor,
// a Stockport officer and editor, a Kent officer, a platform moderator and a
// platform admin; the sample procurement group; and the journeys' public
// contracts (contract-fixtures.cjs), through the contracts import CLI.
const { execFile, spawn } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync } = require('node:fs');
const net = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');

const { writeContractFixtures } = require('./contract-fixtures.cjs');

const root = path.join(__dirname, '..', '..');

/** The seeded council admin. The password is long and not a common one, as the CLI requires. */
const ADMIN = {
  email: 'ada.admin@derby.gov.uk',
  name: 'Ada Admin',
  jobTitle: 'Head of digital',
  password: 'violet tractor harbour',
};
/** A seeded editor of Derby, who writes case studies. */
const DERBY_EDITOR = {
  email: 'eddie.editor@derby.gov.uk',
  name: 'Eddie Editor',
  jobTitle: 'Digital transformation lead',
  password: 'amber cobalt lighthouse',
};
/** A seeded officer of Nottingham (register code NGM), who reads other councils' case studies. */
const NOTTINGHAM_OFFICER = {
  email: 'olive.officer@nottinghamcity.gov.uk',
  name: 'Olive Officer',
  jobTitle: 'Adult social care service manager',
  password: 'willow quartz meadowlark',
};
/** A seeded officer of Stockport (register code SKP), who writes a supplier experience. */
const STOCKPORT_OFFICER = {
  email: 'sam.stockport@stockport.gov.uk',
  name: 'Sam Stockport',
  jobTitle: 'ICT contracts manager',
  password: 'pebble kingfisher aqueduct',
};
/** A seeded platform moderator, who publishes supplier experiences. */
const MODERATOR = {
  email: 'mo.moderator@lgx.localhost',
  name: 'Mo Moderator',
  jobTitle: 'LGX content moderator',
  password: 'saffron viaduct marigold',
};
/** Editors of Nottingham and Stockport, and an officer of Kent, for procurement groups. */
const NOTTINGHAM_EDITOR = {
  email: 'nia.editor@nottinghamcity.gov.uk',
  name: 'Nia Editor',
  jobTitle: 'Head of procurement',
  password: 'copper heron tangerine',
};
const STOCKPORT_EDITOR = {
  email: 'sam.editor@stockport.gov.uk',
  name: 'Sam Editor',
  jobTitle: 'Digital programme manager',
  password: 'saffron glacier pinwheel',
};
/** A second Nottingham officer, for the follow, ask and hear back journey (loop.e2e-spec.ts). */
const NOTTINGHAM_READER = {
  email: 'nell.reader@nottinghamcity.gov.uk',
  name: 'Nell Reader',
  jobTitle: 'Customer services manager',
  password: 'harvest pylon sandpiper',
};
const KENT_OFFICER = {
  email: 'kit.officer@kent.gov.uk',
  name: 'Kit Officer',
  jobTitle: 'Category manager',
  password: 'mulberry anvil compass',
};
/** The seeded platform admin, for the admin pages. */
const PLATFORM_ADMIN = {
  email: 'pat.platform@lgx.localhost',
  name: 'Pat Platform',
  jobTitle: 'LGX service manager',
  password: 'granite lantern orchard',
};

/** For the joining journeys (joining.e2e-spec.ts): Rutland's admin, and a platform admin of their own. */
const RUTLAND_ADMIN = {
  email: 'rita.admin@rutlandcc.gov.uk',
  name: 'Rita Admin',
  jobTitle: 'Head of customer services',
  password: 'juniper turbine saltmarsh',
};
const JOIN_PLATFORM_ADMIN = {
  email: 'paz.platform@lgx.localhost',
  name: 'Paz Platform',
  jobTitle: 'LGX onboarding lead',
  password: 'cinder walrus lagoon',
};

/** For the ambition journey (ambition.e2e-spec.ts): a Derby admin of its own (two-factor is set up per journey). */
const AMBITION_ADMIN = {
  email: 'amy.ambition@derby.gov.uk',
  name: 'Amy Ambition',
  jobTitle: 'Chief digital officer',
  password: 'marigold compass estuary',
};

/** For the contracts journey (contracts.e2e-spec.ts): a platform admin who matches buyers by hand. */
const CONTRACTS_PLATFORM_ADMIN = {
  email: 'cora.contracts@lgx.localhost',
  name: 'Cora Contracts',
  jobTitle: 'LGX data steward',
  password: 'thistle beacon riverbank',
};

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
  // Every port free, the mail catcher's too: other runs may share this machine.
  const [port, pgPort, meiliPort, smtpPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const env = {
    ...process.env,
    LGX_DATA_DIR: dataDir,
    PORT: String(port),
    LGX_PG_PORT: String(pgPort),
    LGX_MEILI_PORT: String(meiliPort),
    // A free port for the mail catcher too, so runs side by side do not collide on 1025.
    LGX_SMTP_PORT: String(smtpPort),
    // Every journey's people come from 127.0.0.1: a council's proxy with dozens of officers
    // behind it, not one person. Sign-in throttling is not scaled.
    RATE_LIMIT_SCALE: '10',
  };
  for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY']) delete env[name];

  const child = spawn(process.execPath, ['infra/bin/run.cjs', 'infra/dev/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
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
  globalThis.__LGX_E2E__ = { child, dataDir };
  let adminEnv;

  try {
    await ready;
    const { postgresPassword } = JSON.parse(
      readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'),
    );
    adminEnv = {
      ...env,
      DATABASE_URL: `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${pgPort}/lgx`,
    };
    // Each CLI process spends about 2 s loading the API's code, and there were 22: the admin
    // commands now run as batches (admin.ts --batch), the two contract files in one import,
    // in the same order as before.
    await adminBatch(
      [
        { args: ['add-council-domain', 'DER', 'derby.gov.uk'] },
        { args: ['add-council-domain', 'NGM', 'nottinghamcity.gov.uk'] },
        { args: ['add-council-domain', 'SKP', 'stockport.gov.uk'] },
        { args: ['add-council-domain', 'KEN', 'kent.gov.uk'] },
        { args: ['add-council-domain', 'RUT', 'rutlandcc.gov.uk'] },
        // Tests run with NODE_ENV=test, so `npm start` loads no sample content; this one is checked.
        { args: ['load-sample-procurement-groups'] },
      ],
      adminEnv,
    );
    // Public contracts for the journeys: two of Derby's for the contract pages, and
    // contract-fixtures.cjs's for the renewal radar and the buyers to match by hand.
    await cli(
      'import-contracts.ts',
      ['apps/web-e2e/src/support/derby-contracts.jsonl', writeContractFixtures(dataDir)],
      adminEnv,
    );
    await adminBatch(
      [
        [ADMIN, ['--council-role', 'ADMIN']],
        [PLATFORM_ADMIN, ['--platform-role', 'ADMIN']],
        [DERBY_EDITOR, ['--council-role', 'EDITOR']],
        [NOTTINGHAM_OFFICER, []],
        [STOCKPORT_OFFICER, []],
        [MODERATOR, ['--platform-role', 'MODERATOR']],
        [NOTTINGHAM_EDITOR, ['--council-role', 'EDITOR']],
        [STOCKPORT_EDITOR, ['--council-role', 'EDITOR']],
        [KENT_OFFICER, []],
        [NOTTINGHAM_READER, []],
        [RUTLAND_ADMIN, ['--council-role', 'ADMIN']],
        [JOIN_PLATFORM_ADMIN, ['--platform-role', 'ADMIN']],
        [CONTRACTS_PLATFORM_ADMIN, ['--platform-role', 'ADMIN']],
        [AMBITION_ADMIN, ['--council-role', 'ADMIN']],
      ].map(([account, role]) => ({
        args: ['create-account', account.email, account.name, account.jobTitle, ...role],
        newPassword: account.password,
      })),
      adminEnv,
    );
  } catch (error) {
    // Jest skips the teardown when the setup fails: stop the platform and remove its data here.
    await require('./global-teardown.cjs')();
    throw error;
  }

  process.env.LGX_E2E_BASE_URL = `http://127.0.0.1:${port}`;
  // For journeys that run the admin CLI, as an operator would (support/admin-cli.ts).
  process.env.LGX_E2E_DATABASE_URL = adminEnv.DATABASE_URL;
  process.env.LGX_E2E_ADMIN_EMAIL = ADMIN.email;
  process.env.LGX_E2E_ADMIN_PASSWORD = ADMIN.password;
  process.env.LGX_E2E_PLATFORM_ADMIN_EMAIL = PLATFORM_ADMIN.email;
  process.env.LGX_E2E_PLATFORM_ADMIN_PASSWORD = PLATFORM_ADMIN.password;
  process.env.LGX_E2E_EDITOR_EMAIL = DERBY_EDITOR.email;
  process.env.LGX_E2E_EDITOR_PASSWORD = DERBY_EDITOR.password;
  process.env.LGX_E2E_NOTTINGHAM_OFFICER_EMAIL = NOTTINGHAM_OFFICER.email;
  process.env.LGX_E2E_NOTTINGHAM_OFFICER_PASSWORD = NOTTINGHAM_OFFICER.password;
  process.env.LGX_E2E_STOCKPORT_OFFICER_EMAIL = STOCKPORT_OFFICER.email;
  process.env.LGX_E2E_STOCKPORT_OFFICER_PASSWORD = STOCKPORT_OFFICER.password;
  process.env.LGX_E2E_MODERATOR_EMAIL = MODERATOR.email;
  process.env.LGX_E2E_MODERATOR_PASSWORD = MODERATOR.password;
  for (const [name, account] of [
    ['NOTTINGHAM_EDITOR', NOTTINGHAM_EDITOR],
    ['STOCKPORT_EDITOR', STOCKPORT_EDITOR],
    ['KENT_OFFICER', KENT_OFFICER],
    ['NOTTINGHAM_READER', NOTTINGHAM_READER],
    ['RUTLAND_ADMIN', RUTLAND_ADMIN],
    ['JOIN_PLATFORM_ADMIN', JOIN_PLATFORM_ADMIN],
    ['CONTRACTS_PLATFORM_ADMIN', CONTRACTS_PLATFORM_ADMIN],
    ['AMBITION_ADMIN', AMBITION_ADMIN],
  ]) {
    process.env[`LGX_E2E_${name}_EMAIL`] = account.email;
    process.env[`LGX_E2E_${name}_PASSWORD`] = account.password;
  }
};

/** Runs admin commands (apps/api/src/cli/admin.ts --batch) in one process, in order. */
function adminBatch(commands, env) {
  return cli('admin.ts', ['--batch'], env, JSON.stringify(commands));
}

/** Runs one of the API's CLIs (apps/api/src/cli/) against the instance's database. */
function cli(script, args, env, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['infra/bin/run.cjs', `apps/api/src/cli/${script}`, ...args],
      { cwd: root, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${script} ${args[0]} failed: ${stderr || stdout || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin.end(input);
  });
}
