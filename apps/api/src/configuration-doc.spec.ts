/**
 * docs/configuration.md lists every environment variable LGX reads, and only those: this
 * scans the source (the zod shapes given to parseEnv and direct reads of the environment)
 * and compares it with the doc's tables, so neither can drift from the other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOC = path.join(ROOT, 'docs', 'configuration.md');

/** Where configuration is read: the API, its libraries and CLIs, the runners and the bench. */
const SOURCE_ROOTS = ['libs/api', 'apps/api/src', 'infra', 'bench'];
/** The web's build and dev-server settings (its browser code cannot read the environment). */
const WEB_CONFIG = /^apps\/web\/[^/]+\.(?:mts|ts|cjs)$/;
const SOURCE_FILE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
/** Tests and their helpers set variables for themselves; they are not configuration. */
const NOT_CONFIGURATION =
  /(?:\.(?:spec|int-spec|e2e-spec)\.tsx?$|\.d\.ts$|(?:^|\/)(?:node_modules|dist|test|testing)\/)/;

/** Read, but passed through to child processes untouched: not LGX's to document. */
const PASSED_THROUGH = new Set(['PATH']);

/**
 * Files allowed to read the environment with a computed name, because the names are
 * literal elsewhere: parseEnv takes them from the shapes, the runner's helpers from their calls.
 */
const COMPUTED_READS_ALLOWED = new Set([
  'libs/api/core/config/src/env-schema.ts',
  'infra/src/dev-environment.ts',
]);

const NAME = '[A-Z][A-Z0-9_]*';
/** process.env, env, or a copy such as apiEnv / childEnv. */
const ENV = '\\b(?:[a-z]\\w*E|e)nv';
const READS: RegExp[] = [
  // process.env.NAME, env.NAME, env?.NAME
  new RegExp(`${ENV}\\??\\.(${NAME})\\b`, 'g'),
  // process.env['NAME'], env["NAME"], env?.['NAME']
  new RegExp(`${ENV}(?:\\?\\.)?\\[\\s*['"\`](${NAME})['"\`]\\s*\\]`, 'g'),
  // helpers handed the environment and a name: portFrom(env, 'LGX_PG_PORT', 5433)
  new RegExp(`\\(\\s*(?:process\\.)?env\\s*,\\s*['"\`](${NAME})['"\`]`, 'g'),
];
const DESTRUCTURED = /\{([^{}]*)\}\s*=\s*(?:process\.)?env\b/g;
const COMPUTED_READ = new RegExp(`${ENV}(?:\\?\\.)?\\[\\s*(?!['"\`])[^\\]]+\\]`, 'g');
const PARSE_ENV_CALL = /\bparseEnv\(\s*(\w+)/g;

/** The variables one source file reads, and any reads whose name cannot be seen. */
export function variablesRead(source: string): { names: Set<string>; computed: string[] } {
  const code = withoutComments(source);
  const names = new Set<string>();
  for (const pattern of READS) for (const match of code.matchAll(pattern)) names.add(match[1]!);
  for (const match of code.matchAll(DESTRUCTURED))
    for (const key of match[1]!.split(',')) {
      const name = key.split(':')[0]!.trim();
      if (new RegExp(`^${NAME}$`).test(name)) names.add(name);
    }
  for (const shapeName of new Set([...code.matchAll(PARSE_ENV_CALL)].map((m) => m[1]!)))
    for (const name of shapeKeys(code, shapeName)) names.add(name);
  const computed = [...code.matchAll(COMPUTED_READ)].map((match) => match[0]);
  return { names, computed };
}

/** The top-level keys of `const <shapeName> = { ... };` in the same file. */
function shapeKeys(code: string, shapeName: string): string[] {
  const start = code.search(new RegExp(`\\bconst\\s+${shapeName}\\s*=\\s*\\{`));
  if (start < 0)
    throw new Error(
      `parseEnv(${shapeName}) is called but "const ${shapeName} = {" is not in the same file: ` +
        'keep each shape a literal object beside its parseEnv call so its variables can be found',
    );
  const open = code.indexOf('{', start);
  let depth = 0;
  let end = open;
  for (; end < code.length; end++) {
    if (code[end] === '{') depth++;
    if (code[end] === '}' && --depth === 0) break;
  }
  const body = code.slice(open + 1, end);
  const keys: string[] = [];
  let nesting = 0;
  for (const line of body.split('\n')) {
    const key = nesting === 0 ? new RegExp(`^\\s*(${NAME})\\s*:`).exec(line) : null;
    if (key) keys.push(key[1]!);
    nesting += count(line, /[{([]/g) - count(line, /[})\]]/g);
  }
  return keys;
}

const count = (line: string, pattern: RegExp) => (line.match(pattern) ?? []).length;

/** Comments may name variables that nothing reads. URLs ('http://') and globs ('**\/*') stay. */
function withoutComments(source: string): string {
  return source.replace(/(^|\s)\/\*[\s\S]*?\*\//g, '$1').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function sourceFiles(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (statSync(full).isFile()) return [relative];
  return readdirSync(full).flatMap((entry) => {
    const child = path.posix.join(relative, entry);
    if (NOT_CONFIGURATION.test(`${child}/`) || NOT_CONFIGURATION.test(child)) return [];
    if (statSync(path.join(ROOT, child)).isDirectory()) return sourceFiles(child);
    return SOURCE_FILE.test(entry) ? [child] : [];
  });
}

function scanSource(): { read: Map<string, string[]>; computed: string[] } {
  const webConfig = readdirSync(path.join(ROOT, 'apps/web'))
    .map((entry) => `apps/web/${entry}`)
    .filter((file) => WEB_CONFIG.test(file));
  const read = new Map<string, string[]>();
  const computed: string[] = [];
  for (const file of [...SOURCE_ROOTS.flatMap(sourceFiles), ...webConfig]) {
    const found = variablesRead(readFileSync(path.join(ROOT, file), 'utf8'));
    for (const name of found.names)
      if (!PASSED_THROUGH.has(name)) read.set(name, [...(read.get(name) ?? []), file]);
    if (!COMPUTED_READS_ALLOWED.has(file))
      computed.push(...found.computed.map((expression) => `${file}: ${expression}`));
  }
  return { read, computed };
}

/** The rows of the doc's tables: | `NAME` | default | allowed values | secret | what it does | */
function documentedRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync(DOC, 'utf8').split('\n')) {
    const row = new RegExp(`^\\|\\s*\`(${NAME})\`\\s*\\|(.*)\\|\\s*$`).exec(line);
    if (row)
      rows.set(
        row[1]!,
        row[2]!.split('|').map((cell) => cell.trim()),
      );
  }
  return rows;
}

describe('docs/configuration.md', () => {
  const { read, computed } = scanSource();
  const documented = documentedRows();

  it('finds the variables the API validates at start-up (the scan works)', () => {
    const config = 'libs/api/core/config/src';
    expect(read.get('DATABASE_URL')).toContain(`${config}/load-config.ts`);
    expect(read.get('LGX_SECRET_KEY')).toContain(`${config}/load-config.ts`);
    expect(read.get('JOBS_WORKER')).toContain(`${config}/jobs-config.ts`);
    expect(read.get('SHUTDOWN_DELAY_MS')).toContain(`${config}/shutdown-config.ts`);
    expect(read.get('LGX_PG_PORT')).toContain('infra/src/dev-environment.ts');
  });

  it('documents every variable the source reads', () => {
    const missing = [...read.keys()]
      .filter((name) => !documented.has(name))
      .map((name) => `${name} (read in ${read.get(name)!.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('documents no variable that nothing reads', () => {
    expect([...documented.keys()].filter((name) => !read.has(name))).toEqual([]);
  });

  it('gives each variable a default, allowed values, whether it is a secret, and what it does', () => {
    const incomplete = [...documented].filter(
      ([, cells]) =>
        cells.length !== 4 || cells.some((cell) => cell === '') || !/^(yes|no)\b/.test(cells[2]!),
    );
    expect(incomplete.map(([name]) => name)).toEqual([]);
  });

  it('reads the environment only by literal names it can see', () => {
    expect(computed).toEqual([]);
  });
});

describe('variablesRead', () => {
  it('finds direct reads, helpers given the environment, destructuring and parseEnv shapes', () => {
    const source = `
      const a = process.env['ALPHA'] ?? process.env.BETA;
      const b = env['GAMMA']?.trim() || env.DELTA || childEnv['KAPPA'];
      const port = portFrom(env, 'EPSILON', 5433);
      const { ZETA, eta: ETA_RENAMED } = process.env;
      // process.env['IN_A_COMMENT'] is not a read
      const fooShape = {
        THETA: z.string().default('http://x'),
        IOTA: z.enum(['on', 'off']).refine((value) => ({ NOT_A_KEY: value })),
      };
      const { value } = parseEnv(fooShape, env);
    `;
    expect([...variablesRead(source).names].sort()).toEqual(
      ['ALPHA', 'BETA', 'DELTA', 'EPSILON', 'GAMMA', 'IOTA', 'KAPPA', 'THETA', 'ZETA'].sort(),
    );
  });

  it('reports reads whose name it cannot see', () => {
    expect(variablesRead("const v = process.env[name]; const w = env['OK'];").computed).toEqual([
      'env[name]',
    ]);
  });

  it('refuses a parseEnv shape it cannot find', () => {
    expect(() => variablesRead('parseEnv(imported, env)')).toThrow(/const imported = \{/);
  });
});
