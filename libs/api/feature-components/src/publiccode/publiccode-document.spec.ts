import { nestingProblem, readYaml, YAML_LIMITS } from './publiccode-document';

describe('readYaml on files that nest too deeply to parse safely', () => {
  it.each([
    ['half a million "["', '['.repeat(500_000)],
    ['closed flow lists past the depth', `${'['.repeat(65)}${']'.repeat(65)}`],
    ['brackets hidden between quoted closers', 'a: [ "]" '.repeat(2_000)],
    ['list entries opened on one line', `${'- '.repeat(100_000)}x`],
    [
      'block nesting by indentation',
      Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    ],
  ])('refuses %s before parsing, as a problem of the file', (_what, text) => {
    const started = performance.now();
    const read = readYaml(text);
    expect(Array.isArray(read)).toBe(true);
    expect((read as { message: string }[])[0]!.message).toMatch(/publiccode\.yml never needs that/);
    // Refused by the scan, not after the parser ran (that takes seconds, or crashes).
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reads what real files hold: flow lists, Markdown links, indented block text', () => {
    const text = [
      'publiccodeYmlVersion: "0"',
      'platforms: [web, linux]',
      'description:',
      '  en:',
      '    longDescription: >',
      `      ${'See [the guide](https://example.org/guide) and {this}. '.repeat(40)}`,
    ].join('\n');
    expect(nestingProblem(text)).toBeNull();
    expect(Array.isArray(readYaml(text))).toBe(false);
  });

  it('allows nesting up to each limit', () => {
    const depth = YAML_LIMITS.flowDepth;
    expect(nestingProblem(`a: ${'['.repeat(depth)}${']'.repeat(depth)}`)).toBeNull();
    expect(nestingProblem(`${'- '.repeat(YAML_LIMITS.compactEntries)}x`)).toBeNull();
  });
});
