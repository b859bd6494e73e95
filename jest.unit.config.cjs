// Unit tests beside the code, no services: *.spec.ts in Node, and component
// tests (*.spec.tsx) in jsdom with Testing Library's matchers.
const preset = require('./jest.preset.cjs');

module.exports = {
  // Jest's default is one worker fewer than the cores: on a 2-core CI machine
  // that is one, and the suite ran in band.
  maxWorkers: 2,
  projects: [
    {
      ...preset,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,infra}/**/*.spec.ts'],
    },
    {
      ...preset,
      displayName: 'unit-dom',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/tools/jest/dom-setup.cjs'],
      testMatch: ['<rootDir>/{apps,libs,infra}/**/*.spec.tsx'],
    },
  ],
};
