// ESLint flat config: TypeScript, sorted imports, React hooks and a11y for
// the web, and Nx module boundaries on two tag axes (scope and type).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Where functions stay under 80 lines and files under 400 (issue 14). */
const SMALL_CODE_PATHS = [
  'apps/api',
  'apps/web',
  'libs/api',
  'libs/shared',
  'libs/web',
  'infra',
  'bench',
].map((folder) => `${folder}/**/*.{ts,tsx,mts,cts,js,mjs,cjs}`);
const TEST_FILES = ['**/*.spec.{ts,tsx}', '**/*.int-spec.ts', '**/*.e2e-spec.ts'];
const GENERATED_FILES = ['**/generated/**'];
/** Files that are tables of values, not logic: long because the data is. */
const DATA_TABLE_FILES = [
  'libs/shared/domain/src/*/taxonomies.ts',
  'bench/src/vocabulary/facets.ts',
  'bench/src/vocabulary/service-areas.ts',
  'bench/src/vocabulary/technologies.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      'libs/web/data-access/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Decorator metadata makes some type-only-looking imports runtime values
    // (Nest injection, GraphQL argument types): tell the rules so.
    files: ['apps/api/**/*.ts', 'libs/api/**/*.ts', 'libs/shared/**/*.ts', 'infra/**/*.ts'],
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
  },
  {
    // Issue 13: `value in TABLE` and `TABLE[value as ...]` accept what every
    // object inherits (toString, constructor, __proto__ ...). A string literal on
    // the left (`'key' in object`) is type narrowing, and stays allowed.
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message:
            'Use isOneOf(TABLE, value) from @lgx/shared/domain: `in` also accepts inherited names such as "toString" and "__proto__".',
        },
        {
          selector: "MemberExpression[computed=true][property.type='TSAsExpression']",
          message:
            'Use labelOf(TABLE, key) (or isOneOf first) from @lgx/shared/domain: a cast key can be an inherited name such as "toString".',
        },
      ],
    },
  },
  {
    // Issue 14: small functions and files. A function over 80 lines, or a file over 400,
    // is more than one thing. Tests, generated code and data tables (lists of values,
    // not logic) are exempt. The web joins these paths once its long pages are split.
    files: SMALL_CODE_PATHS,
    ignores: [...TEST_FILES, ...GENERATED_FILES, ...DATA_TABLE_FILES],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: false },
      ],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // The layout imports identity's account menu; identity's pages are a second entry point
          // (@lgx/web/feature-identity/routes) loaded when first opened. Nx sees one project both
          // ways; the bundler sees two modules, and splits them.
          checkDynamicDependenciesExceptions: ['@lgx/web/feature-identity'],
          depConstraints: [
            // Scope: which half of the house a project may reach into.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:infra'],
            },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:infra', onlyDependOnLibsWithTags: ['scope:infra', 'scope:shared'] },
            // Type: layers. A feature never imports another feature.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:core',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:testing',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:testing'] },
            // The benchmark (bench/) measures the real API through the public entry points
            // (`@lgx/...`) of its libraries; this rule refuses relative paths into another
            // project, and nothing may import the bench. ADR 0019.
            {
              sourceTag: 'type:bench',
              onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:core',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:testing',
              ],
            },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:util'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // The web's helpers (libs/web/util) stand below ui, data-access and the
            // features, which all may use them: they import nothing of the web.
            {
              allSourceTags: ['scope:web', 'type:util'],
              onlyDependOnLibsWithTags: ['scope:shared'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  prettier,
);
