// Browser journeys: Playwright in Debian's Chromium against the whole platform, started once.
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/apps/web-e2e/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/apps/web-e2e/global-setup.cjs',
  globalTeardown: '<rootDir>/apps/web-e2e/global-teardown.cjs',
  testTimeout: 60000,
  maxWorkers: 1,
};
