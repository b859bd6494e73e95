// Jest global setup for integration tests: one PostgreSQL and one Meilisearch
// for the run, and a template database migrated with the API's migrations.
// Jest compiles the TypeScript required here; the workspace's path aliases
// are resolved by a small hook, as moduleNameMapper does not apply here.
const Module = require('node:module');
const path = require('node:path');

const root = path.join(__dirname, '..', '..', '..');
const { paths } = require(path.join(root, 'tsconfig.base.json')).compilerOptions;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const target = paths[request];
  return resolve.call(this, target ? path.join(root, target[0]) : request, ...rest);
};

module.exports = async function globalSetup() {
  const { startTestServices } = require(path.join(root, 'libs/api/testing/src/test-services.ts'));
  const { migrateDatabase } = require('./migrate-database.ts');
  globalThis.__LGX_TEST_SERVICES__ = await startTestServices(migrateDatabase);
};
