import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../../..');

/** The rules ESLint (the repository's own config) breaks for `source` in a TypeScript file. */
function brokenRules(source: string): string[] {
  let output: string;
  try {
    output = execFileSync(
      path.join(ROOT, 'node_modules/.bin/eslint'),
      [
        '--stdin',
        '--stdin-filename',
        'libs/shared/domain/src/values/guard-example.ts',
        '-f',
        'json',
      ],
      { cwd: ROOT, input: source, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] },
    );
  } catch (error) {
    output = (error as { stdout: string }).stdout; // ESLint exits 1 when a rule is broken
  }
  // Nx's boundary rule may print a notice before the JSON.
  const [result] = JSON.parse(output.slice(output.indexOf('[{'))) as {
    messages: { ruleId: string | null }[];
  }[];
  return result!.messages.map((message) => message.ruleId ?? 'parse');
}

describe('the lint guard against inherited names (issue 13)', () => {
  it('refuses `value in TABLE` and `TABLE[value as ...]`', () => {
    expect(
      brokenRules(
        "export const TABLE = Object.freeze({ A: 'a' });\nexport const known = (value: string) => value in TABLE;\n",
      ),
    ).toEqual(['no-restricted-syntax']);
    expect(
      brokenRules(
        "export const TABLE = Object.freeze({ A: 'a' });\nexport const label = (value: string) => TABLE[value as keyof typeof TABLE];\n",
      ),
    ).toEqual(['no-restricted-syntax']);
  }, 60_000);

  it("allows `'key' in object`, which narrows a type", () => {
    expect(
      brokenRules("export const isBox = (value: object): boolean => 'box' in value;\n"),
    ).toEqual([]);
  }, 60_000);
});
