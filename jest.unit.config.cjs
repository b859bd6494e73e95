// Unit tests: *.spec.ts beside the code, no services.
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,infra}/**/*.spec.{ts,tsx}'],
};
