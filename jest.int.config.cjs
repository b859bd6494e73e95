// Integration tests: *.int-spec.ts against one real PostgreSQL and Meilisearch for the run.
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,infra}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.cjs',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.cjs',
  testTimeout: 30000,
  maxWorkers: 2,
};
