import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse, stringify } from 'yaml';

import { parsePubliccode, type PubliccodeVerdict } from './publiccode-parser';

const VALID = readFileSync(join(__dirname, 'fixtures/bops.publiccode.yml'), 'utf8');

/** The valid file with one change: `set` a path to a value, or remove it with `undefined`. */
function variant(path: (string | number)[], value: unknown, base = VALID): string {
  const data = parse(base);
  let node = data;
  for (const part of path.slice(0, -1)) node = node[part];
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return stringify(data);
}

const errorAt = (verdict: PubliccodeVerdict, path: string) =>
  verdict.errors.find((problem) => problem.path === path);

describe('publiccode.yml parser', () => {
  it('accepts a valid 0.4 file and maps it to a component', () => {
    const verdict = parsePubliccode(Buffer.from(VALID));
    expect(verdict.errors).toEqual([]);
    expect(verdict.valid).toBe(true);
    expect(verdict.version).toBe('0.4');
    expect(verdict.component).toMatchObject({
      name: 'BOPS',
      repositoryUrl: 'https://github.com/unboxed/bops.git',
      licence: 'MIT',
      maturity: 'LIVE',
      language: 'en-GB',
      documentationUrl: 'https://bops.digital/docs',
      features: expect.arrayContaining(['Validate planning applications']),
      dependencies: [
        { name: 'PostgreSQL', kind: 'open', optional: false },
        { name: 'Ordnance Survey Places API', kind: 'proprietary', optional: true },
      ],
    });
    expect(verdict.warnings.map((w) => w.path)).toEqual(['publiccodeYmlVersion']);
  });

  it.each(['0', '0.2', '0.2.2', '0.3', '0.3.0', '0.4.0', '0.5', '0.5.0', '0.7'])(
    'accepts version %s',
    (v) => {
      let file = variant(['publiccodeYmlVersion'], v);
      if (v.startsWith('0.2'))
        file = variant(['description', 'en-GB', 'genericName'], 'Planning system', file);
      if (v.startsWith('0.2'))
        file = variant(
          ['description', 'en-GB', 'longDescription'],
          'A long description. '.repeat(30),
          file,
        );
      expect(parsePubliccode(file).errors).toEqual([]);
    },
  );

  it('applies the rules of 0.2: genericName required, longDescription at least 500 characters', () => {
    const verdict = parsePubliccode(variant(['publiccodeYmlVersion'], '0.2'));
    expect(errorAt(verdict, 'description.en-GB.genericName')?.message).toMatch(/required/);
    expect(errorAt(verdict, 'description.en-GB.longDescription')?.message).toMatch(/at least 500/);
  });

  it.each([
    ['1.0', /not a 0.x version/],
    ['0.1', /predates 0.2/],
    ['latest', /version number/],
  ])('refuses version %s', (v, message) => {
    const verdict = parsePubliccode(variant(['publiccodeYmlVersion'], v));
    expect(verdict.valid).toBe(false);
    expect(errorAt(verdict, 'publiccodeYmlVersion')?.message).toMatch(message);
  });

  it('warns about a newer 0.x version and checks it against the latest rules', () => {
    const verdict = parsePubliccode(variant(['publiccodeYmlVersion'], '0.9'));
    expect(verdict.valid).toBe(true);
    expect(verdict.warnings[0]?.path).toBe('publiccodeYmlVersion');
    expect(verdict.warnings[0]?.message).toMatch(/newer than the versions LGX knows/);
  });

  it.each([
    [['publiccodeYmlVersion']],
    [['name']],
    [['url']],
    [['platforms']],
    [['categories']],
    [['developmentStatus']],
    [['softwareType']],
    [['description']],
    [['description', 'en-GB', 'shortDescription']],
    [['description', 'en-GB', 'longDescription']],
    [['description', 'en-GB', 'features']],
    [['legal']],
    [['legal', 'license']],
    [['maintenance']],
    [['maintenance', 'type']],
    [['maintenance', 'contractors']],
    [['maintenance', 'contractors', 0, 'name']],
    [['maintenance', 'contractors', 0, 'until']],
    [['localisation']],
    [['localisation', 'localisationReady']],
    [['localisation', 'availableLanguages']],
    [['dependsOn', 'open', 0, 'name']],
  ])('reports the required key %j when it is missing', (path) => {
    const verdict = parsePubliccode(variant(path, undefined));
    expect(verdict.valid).toBe(false);
    const problem = errorAt(
      verdict,
      path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p))
        .join('')
        .replace(/\.\[/g, '['),
    );
    expect(problem?.message).toMatch(/required/);
  });

  it('requires contacts when maintenance is internal or community', () => {
    const internal = variant(['maintenance'], { type: 'internal' });
    expect(errorAt(parsePubliccode(internal), 'maintenance.contacts')?.message).toMatch(/required/);
    const community = variant(['maintenance'], {
      type: 'community',
      contacts: [{ name: 'Alex Officer', email: 'alex.officer\x40example.org' }],
    });
    expect(parsePubliccode(community).errors).toEqual([]);
  });

  it.each([
    [['developmentStatus'], 'finished', /"finished" is not allowed: use one of "concept"/],
    [['softwareType'], 'standalone', /"standalone" is not allowed/],
    [['maintenance', 'type'], 'sometimes', /"sometimes" is not allowed: use one of "internal"/],
    [['categories', 0], 'planning', /not in the standard list of categories/],
    [['intendedAudience', 'scope', 0], 'councils', /not in the standard scope list/],
    [['legal', 'license'], 'Made-Up-Licence', /not an SPDX licence identifier/],
    [['legal', 'license'], 'MIT OR', /ends where a licence identifier was expected/],
  ])('reports a wrong value at %j', (path, value, message) => {
    const verdict = parsePubliccode(variant(path, value));
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(message);
  });

  it('allows platforms outside the predefined list', () => {
    expect(parsePubliccode(variant(['platforms'], ['web', 'Kiosk'])).errors).toEqual([]);
  });

  it.each([
    [['name'], { first: 'BOPS' }, 'name', /must be text/],
    [['platforms'], { web: true }, 'platforms', /text or a list of text/],
    [['categories'], 'workflow-management', 'categories', /must be a list/],
    [
      ['description', 'en-GB', 'features'],
      'Validate',
      'description.en-GB.features',
      /must be a list/,
    ],
    [['description', 'en-GB'], 'A string', 'description.en-GB', /section of keys/],
    [
      ['localisation', 'localisationReady'],
      'yes',
      'localisation.localisationReady',
      /true or false/,
    ],
    [['legal'], 'MIT', 'legal', /section of keys/],
    [['maintenance', 'contractors'], 'Unboxed', 'maintenance.contractors', /must be a list/],
    [
      ['dependsOn', 'proprietary', 0, 'optional'],
      'maybe',
      'dependsOn.proprietary[0].optional',
      /true or false/,
    ],
  ])('reports the wrong type at %j', (path, value, at, message) => {
    const verdict = parsePubliccode(variant(path, value));
    expect(errorAt(verdict, at)?.message).toMatch(message);
  });

  it('reports lengths', () => {
    const long = parsePubliccode(
      variant(['description', 'en-GB', 'shortDescription'], 'x'.repeat(151)),
    );
    expect(errorAt(long, 'description.en-GB.shortDescription')?.message).toMatch(
      /150 characters or fewer \(it has 151\)/,
    );
    const short = parsePubliccode(
      variant(['description', 'en-GB', 'longDescription'], 'Too short.'),
    );
    expect(errorAt(short, 'description.en-GB.longDescription')?.message).toMatch(/at least 150/);
  });

  it.each([
    [['releaseDate'], '15/04/2024'],
    [['releaseDate'], '2024-02-30'],
    [['releaseDate'], '2024-4-1'],
    [['maintenance', 'contractors', 0, 'until'], 'next year'],
  ])('reports the bad date at %j', (path, value) => {
    const verdict = parsePubliccode(variant(path, value));
    expect(verdict.errors[0]?.message).toMatch(/not a date in the form YYYY-MM-DD/);
  });

  it('reads unquoted dates as text under YAML 1.2', () => {
    const file = VALID.replace("releaseDate: '2024-03-01'", 'releaseDate: 2024-03-01');
    expect(file).not.toBe(VALID);
    expect(parsePubliccode(file).errors).toEqual([]);
  });

  it.each([
    [['url'], 'github.com/unboxed/bops', /not a URL/],
    [['url'], 'javascript:alert(1)', /repository address/],
    [['landingURL'], 'ftp://bops.digital', /web address/],
    [['description', 'en-GB', 'documentation'], 'docs', /not a URL/],
    [['roadmap'], 'file:///etc/passwd', /web address/],
    [['maintenance', 'contractors', 0, 'website'], 'unboxed', /not a URL/],
  ])('reports the bad URL at %j', (path, value, message) => {
    expect(parsePubliccode(variant(path, value)).errors[0]?.message).toMatch(message);
  });

  it('reports bad language codes in description and availableLanguages', () => {
    const data = parse(VALID);
    data.description = { english: data.description['en-GB'] };
    data.localisation.availableLanguages = ['en', 'xx', 'en_GB!'];
    const verdict = parsePubliccode(stringify(data));
    expect(errorAt(verdict, 'description.english')?.message).toMatch(/ISO 639 language code/);
    expect(errorAt(verdict, 'localisation.availableLanguages[1]')?.message).toMatch(/ISO 639/);
    expect(errorAt(verdict, 'localisation.availableLanguages[2]')?.message).toMatch(/BCP 47/);
  });

  it('reports bad country codes', () => {
    const verdict = parsePubliccode(variant(['intendedAudience', 'countries'], ['uk', 'gb']));
    expect(errorAt(verdict, 'intendedAudience.countries[0]')?.message).toMatch(/ISO 3166-1/);
  });

  it('warns about deprecated and unknown keys without blocking', () => {
    let file = variant(['monochromeLogo'], 'img/logo-mono.svg');
    file = variant(['description', 'en-GB', 'genericName'], 'Planning system', file);
    file = variant(['legal', 'authorsFile'], 'AUTHORS', file);
    file = variant(['inputTypes'], ['text/plain'], file);
    file = variant(['it'], { countryExtensionVersion: '1.0' }, file);
    file = variant(['colour'], 'blue', file);
    const verdict = parsePubliccode(file);
    expect(verdict.valid).toBe(true);
    expect(verdict.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining([
        'monochromeLogo',
        'description.en-GB.genericName',
        'legal.authorsFile',
        'inputTypes',
        'it',
        'colour',
      ]),
    );
  });

  it('warns about a deprecated SPDX identifier', () => {
    const verdict = parsePubliccode(variant(['legal', 'license'], 'GPL-3.0'));
    expect(verdict.valid).toBe(true);
    expect(verdict.warnings.find((w) => w.path === 'legal.license')?.message).toMatch(/deprecated/);
  });

  it('refuses input that is not UTF-8', () => {
    const latin1 = Buffer.from(VALID.replace('BOPS', 'BÖPS'), 'latin1');
    const verdict = parsePubliccode(latin1);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors).toEqual([{ path: '', message: expect.stringMatching(/not UTF-8/) }]);
  });

  it('refuses broken YAML with the line', () => {
    const verdict = parsePubliccode('name: BOPS\nurl: [unclosed\nplatforms: web\n');
    expect(verdict.valid).toBe(false);
    expect(verdict.errors[0]?.message).toMatch(/The YAML is broken/);
    expect(verdict.errors[0]?.line).toBeGreaterThan(0);
  });

  it('refuses duplicate keys, several documents, an empty file and a list', () => {
    expect(parsePubliccode('name: A\nname: B\n').errors[0]?.message).toMatch(/broken/);
    expect(parsePubliccode(`${VALID}\n---\nname: other\n`).errors[0]?.message).toMatch(
      /more than one/,
    );
    expect(parsePubliccode('   \n').errors[0]?.message).toMatch(/empty/);
    expect(parsePubliccode('- a\n- b\n').errors[0]?.message).toMatch(/mapping/);
  });

  it('refuses a file over the size limit', () => {
    expect(parsePubliccode(Buffer.alloc(600 * 1024, 'a')).errors[0]?.message).toMatch(
      /larger than/,
    );
  });

  it('gives the line of each problem', () => {
    const verdict = parsePubliccode(
      VALID.replace('developmentStatus: stable', 'developmentStatus: done'),
    );
    const line = VALID.split('\n').findIndex((l) => l.startsWith('developmentStatus')) + 1;
    expect(errorAt(verdict, 'developmentStatus')?.line).toBe(line);
  });
});
