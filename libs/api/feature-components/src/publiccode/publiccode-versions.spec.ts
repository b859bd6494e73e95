import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse, stringify } from 'yaml';

import { parsePubliccode, type PubliccodeVerdict } from './publiccode-parser';

/** Files written from the standard's documentation, one minimal and one full per version. */
const fixture = (name: string) =>
  readFileSync(join(__dirname, 'fixtures/standard', `${name}.publiccode.yml`), 'utf8');

/** A fixture with changes: `set` paths to values, or remove them with `undefined`. */
function edited(name: string, changes: [(string | number)[], unknown][]): string {
  const data = parse(fixture(name));
  for (const [path, value] of changes) {
    let node = data;
    for (const part of path.slice(0, -1)) node = node[part];
    const last = path[path.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return stringify(data);
}

const paths = (problems: PubliccodeVerdict['errors']) => problems.map((problem) => problem.path);
const at = (problems: PubliccodeVerdict['errors'], path: string) =>
  problems.find((problem) => problem.path === path)?.message;

const VERSIONS = ['0.2', '0.3', '0.4', '0.5', '0.7', '0'];

describe('publiccode.yml versions, as the standard documents them', () => {
  it.each(VERSIONS.flatMap((version) => [`${version}-minimal`, `${version}-full`]))(
    'accepts %s',
    (name) => {
      const verdict = parsePubliccode(fixture(name));
      expect(verdict.errors).toEqual([]);
      expect(verdict.valid).toBe(true);
      expect(verdict.version).toBe(name.split('-')[0]);
      const expected = name.startsWith('0.2-full') ? ['publiccodeYmlVersion', 'it'] : [];
      if (!name.startsWith('0-') && !name.startsWith('0.7'))
        expected.unshift('publiccodeYmlVersion');
      expect(paths(verdict.warnings)).toEqual([...new Set(expected)]);
    },
  );

  it('reads "0" as the latest 0.x: no warning, and the rules of the latest version', () => {
    const verdict = parsePubliccode(fixture('0-full'));
    expect(verdict.warnings).toEqual([]);
    expect(verdict.component).toMatchObject({
      name: 'Report It',
      language: 'en',
      categories: ['customer-service-and-support', 'workflow-management', 'other'],
      organisation: { name: 'Example Borough Council', uri: 'https://www.example.gov.uk' },
      fundedBy: [
        { name: 'Local Digital Fund', uri: 'https://www.localdigital.gov.uk' },
        { name: 'Example Borough Council', uri: null },
      ],
      isBasedOn: ['https://github.com/example-city/fix-my-street.git'],
      maintenanceType: 'contract',
    });
  });

  it.each(['0.2.0', '0.2.1', '0.2.2', '0.3.0', '0.4.0', '0.5.0', '0.6', '0.7.0'])(
    'accepts the version %s',
    (version) => {
      const base = version.startsWith('0.2') ? '0.2-minimal' : '0.3-minimal';
      const verdict = parsePubliccode(edited(base, [[['publiccodeYmlVersion'], version]]));
      expect(verdict.errors).toEqual([]);
      expect(verdict.version).toBe(version);
    },
  );

  it('accepts an unquoted 0 with a warning to quote it', () => {
    const file = fixture('0-minimal').replace(
      /^publiccodeYmlVersion: .*$/m,
      'publiccodeYmlVersion: 0',
    );
    expect(file).toMatch(/^publiccodeYmlVersion: 0$/m);
    const verdict = parsePubliccode(file);
    expect(verdict.errors).toEqual([]);
    expect(at(verdict.warnings, 'publiccodeYmlVersion')).toMatch(/quoted text \("0"\)/);
  });

  it.each([
    ['0.1', /predates 0.2/],
    ['1', /not a 0.x version/],
    ['1.0', /not a 0.x version/],
    ['0.x', /version number/],
    ['', /must not be empty|version number/],
  ])('refuses the version %j', (version, message) => {
    const verdict = parsePubliccode(edited('0-minimal', [[['publiccodeYmlVersion'], version]]));
    expect(verdict.valid).toBe(false);
    expect(at(verdict.errors, 'publiccodeYmlVersion')).toMatch(message);
  });

  it('checks a newer 0.x against the latest rules, with a warning', () => {
    const verdict = parsePubliccode(edited('0-minimal', [[['publiccodeYmlVersion'], '0.9']]));
    expect(verdict.valid).toBe(true);
    expect(at(verdict.warnings, 'publiccodeYmlVersion')).toMatch(
      /newer than the versions LGX knows/,
    );
  });

  describe('categories', () => {
    it.each(['0.2', '0.3', '0.4'])('are required in %s', (version) => {
      const verdict = parsePubliccode(edited(`${version}-minimal`, [[['categories'], undefined]]));
      expect(at(verdict.errors, 'categories')).toMatch(/is required/);
    });
    it.each(['0.5', '0.7', '0'])('are optional from 0.5 (%s)', (version) => {
      expect(parsePubliccode(fixture(`${version}-minimal`)).errors).toEqual([]);
    });
    it('know "other" from 0.5, and warn about it in older files', () => {
      const older = parsePubliccode(edited('0.4-minimal', [[['categories'], ['other']]]));
      expect(older.valid).toBe(true);
      expect(at(older.warnings, 'categories[0]')).toMatch(/added in publiccode.yml 0.5/);
      const latest = parsePubliccode(edited('0-minimal', [[['categories'], ['other']]]));
      expect(latest.warnings).toEqual([]);
    });
    it('must come from the standard list, and not be an empty list', () => {
      const verdict = parsePubliccode(edited('0-minimal', [[['categories'], ['planning']]]));
      expect(at(verdict.errors, 'categories[0]')).toMatch(/not in the standard list/);
      const empty = parsePubliccode(edited('0-minimal', [[['categories'], []]]));
      expect(at(empty.errors, 'categories')).toMatch(/at least one category, or be left out/);
    });
  });

  describe('description', () => {
    it('needs genericName in 0.2 only, and deprecates it from 0.3', () => {
      const without = edited('0.2-minimal', [[['description', 'en', 'genericName'], undefined]]);
      expect(at(parsePubliccode(without).errors, 'description.en.genericName')).toMatch(/required/);
      const withIt = edited('0.3-minimal', [[['description', 'en', 'genericName'], 'Casework']]);
      const verdict = parsePubliccode(withIt);
      expect(verdict.valid).toBe(true);
      expect(at(verdict.warnings, 'description.en.genericName')).toMatch(
        /deprecated since publiccode.yml 0.3/,
      );
      const tooLong = edited('0.2-minimal', [
        [['description', 'en', 'genericName'], 'x'.repeat(36)],
      ]);
      expect(at(parsePubliccode(tooLong).errors, 'description.en.genericName')).toMatch(
        /35 characters/,
      );
    });
    it('needs a longDescription of 500 characters in 0.2 and 150 from 0.3', () => {
      const text = 'A shared system for residents requests. '.repeat(5);
      const older = parsePubliccode(
        edited('0.2-minimal', [[['description', 'en', 'longDescription'], text]]),
      );
      expect(at(older.errors, 'description.en.longDescription')).toMatch(/at least 500/);
      const newer = parsePubliccode(
        edited('0-minimal', [[['description', 'en', 'longDescription'], text]]),
      );
      expect(newer.errors).toEqual([]);
    });
    it('needs shortDescription in every language, longDescription and features in at least one', () => {
      const welsh = { shortDescription: 'System a rennir.' };
      const ok = parsePubliccode(edited('0-minimal', [[['description', 'cy'], welsh]]));
      expect(ok.errors).toEqual([]);
      const noShort = parsePubliccode(
        edited('0-minimal', [[['description', 'cy'], { features: ['Ffurflenni'] }]]),
      );
      expect(at(noShort.errors, 'description.cy.shortDescription')).toMatch(/required/);
      const noLong = parsePubliccode(
        edited('0-minimal', [[['description', 'en', 'longDescription'], undefined]]),
      );
      expect(at(noLong.errors, 'description.en.longDescription')).toMatch(/at least one language/);
      const noFeatures = parsePubliccode(
        edited('0-minimal', [[['description', 'en', 'features'], undefined]]),
      );
      expect(at(noFeatures.errors, 'description.en.features')).toMatch(/at least one language/);
      const none = parsePubliccode(edited('0-minimal', [[['description'], {}]]));
      expect(at(none.errors, 'description')).toMatch(/at least one language/);
    });
    it('needs language tags with an ISO 639 primary language', () => {
      const data = parse(fixture('0-minimal'));
      data.description = { english: data.description.en };
      expect(at(parsePubliccode(stringify(data)).errors, 'description.english')).toMatch(/ISO 639/);
    });
  });

  describe('legal', () => {
    it('deprecates authorsFile from 0.4 and repoOwner from 0.5 (use organisation.name)', () => {
      const authors = (version: string) =>
        parsePubliccode(edited(`${version}-minimal`, [[['legal', 'authorsFile'], 'AUTHORS']]));
      expect(at(authors('0.3').warnings, 'legal.authorsFile')).toBeUndefined();
      expect(at(authors('0.4').warnings, 'legal.authorsFile')).toMatch(
        /deprecated since publiccode.yml 0.4/,
      );
      const owner = (version: string) =>
        parsePubliccode(
          edited(`${version}-minimal`, [[['legal', 'repoOwner'], 'Example Council']]),
        );
      expect(at(owner('0.4').warnings, 'legal.repoOwner')).toBeUndefined();
      expect(at(owner('0').warnings, 'legal.repoOwner')).toMatch(/use organisation.name/);
      expect(owner('0').valid).toBe(true);
    });
    it('needs an SPDX licence expression', () => {
      const verdict = parsePubliccode(edited('0-minimal', [[['legal', 'license'], 'Made-Up']]));
      expect(at(verdict.errors, 'legal.license')).toMatch(/not an SPDX licence identifier/);
    });
  });

  describe('organisation and fundedBy (0.5)', () => {
    it('need a name; a URI when given must be one', () => {
      const verdict = parsePubliccode(
        edited('0-minimal', [
          [['organisation'], { uri: 'https://www.example.gov.uk' }],
          [
            ['fundedBy'],
            [{ uri: 'urn:x-lgx:fund' }, { name: 'A fund', uri: 'not a uri' }, 'A fund'],
          ],
        ]),
      );
      expect(at(verdict.errors, 'organisation.name')).toMatch(/required/);
      expect(at(verdict.errors, 'fundedBy[0].name')).toMatch(/required/);
      expect(at(verdict.errors, 'fundedBy[1].uri')).toMatch(/not a URI/);
      expect(at(verdict.errors, 'fundedBy[2]')).toMatch(/must be a section/);
    });
    it('are read in older files too, with a warning to declare "0"', () => {
      const verdict = parsePubliccode(
        edited('0.4-minimal', [
          [['organisation'], { name: 'Example Borough Council', uri: 'urn:x-lgx:example' }],
          [['fundedBy'], [{ name: 'Local Digital Fund' }]],
        ]),
      );
      expect(verdict.valid).toBe(true);
      expect(at(verdict.warnings, 'organisation')).toMatch(/added in publiccode.yml 0.5/);
      expect(at(verdict.warnings, 'fundedBy')).toMatch(/added in publiccode.yml 0.5/);
      expect(verdict.component?.organisation).toEqual({
        name: 'Example Borough Council',
        uri: 'urn:x-lgx:example',
      });
    });
  });

  describe('maintenance', () => {
    it('needs contractors (each with until) for a contract, contacts for internal or community', () => {
      const contract = parsePubliccode(
        edited('0-minimal', [[['maintenance'], { type: 'contract' }]]),
      );
      expect(at(contract.errors, 'maintenance.contractors')).toMatch(/required/);
      const until = parsePubliccode(
        edited('0-minimal', [
          [['maintenance'], { type: 'contract', contractors: [{ name: 'Ltd' }] }],
        ]),
      );
      expect(at(until.errors, 'maintenance.contractors[0].until')).toMatch(/required/);
      const internal = parsePubliccode(
        edited('0-minimal', [[['maintenance'], { type: 'internal' }]]),
      );
      expect(at(internal.errors, 'maintenance.contacts')).toMatch(/required/);
    });
    it('refuses contractors outside a contract from 0.5, and warns in older files', () => {
      const contractors = [{ name: 'Example Ltd', until: '2027-01-31' }];
      const maintenance = { type: 'community', contacts: [{ name: 'Alex' }], contractors };
      const latest = parsePubliccode(edited('0-minimal', [[['maintenance'], maintenance]]));
      expect(at(latest.errors, 'maintenance.contractors')).toMatch(/only be given when/);
      const older = parsePubliccode(edited('0.4-minimal', [[['maintenance'], maintenance]]));
      expect(older.valid).toBe(true);
      expect(at(older.warnings, 'maintenance.contractors')).toMatch(/only be given when/);
    });
  });

  describe('localisation', () => {
    it('needs localisationReady and at least one available language', () => {
      const verdict = parsePubliccode(
        edited('0-minimal', [[['localisation'], { availableLanguages: [] }]]),
      );
      expect(at(verdict.errors, 'localisation.localisationReady')).toMatch(/required/);
      expect(at(verdict.errors, 'localisation.availableLanguages')).toMatch(/at least one/);
      const bad = parsePubliccode(
        edited('0-minimal', [
          [
            ['localisation', 'availableLanguages'],
            ['en', 'xx'],
          ],
        ]),
      );
      expect(at(bad.errors, 'localisation.availableLanguages[1]')).toMatch(/ISO 639/);
    });
  });

  describe('country codes', () => {
    it('are lowercase until 0.4 and uppercase from 0.5, the other case warned', () => {
      const audience = (version: string, code: string) =>
        parsePubliccode(
          edited(`${version}-minimal`, [[['intendedAudience'], { countries: [code] }]]),
        );
      expect(audience('0.4', 'gb').warnings).toHaveLength(1);
      expect(at(audience('0.4', 'GB').warnings, 'intendedAudience.countries[0]')).toMatch(
        /uppercase country codes came with/,
      );
      expect(audience('0', 'GB').warnings).toEqual([]);
      expect(at(audience('0', 'gb').warnings, 'intendedAudience.countries[0]')).toMatch(
        /deprecated since publiccode.yml 0.5/,
      );
      expect(at(audience('0', 'UK').errors, 'intendedAudience.countries[0]')).toMatch(/ISO 3166-1/);
    });
  });

  describe('supports (0.7)', () => {
    it('takes known aliases and URIs, and refuses other aliases', () => {
      const verdict = parsePubliccode(
        edited('0-minimal', [[['supports'], [{ id: 'alias:gdpr' }, { id: 'alias:made-up' }, {}]]]),
      );
      expect(at(verdict.errors, 'supports[1].id')).toMatch(/not a known alias/);
      expect(at(verdict.errors, 'supports[2].id')).toMatch(/required/);
      const older = parsePubliccode(
        edited('0.5-minimal', [[['supports'], [{ id: 'alias:gdpr' }]]]),
      );
      expect(older.valid).toBe(true);
      expect(at(older.warnings, 'supports')).toMatch(/added in publiccode.yml 0.7/);
    });
  });

  describe('keys the standard does not define, and deprecated sections', () => {
    it.each(VERSIONS)('warn without refusing in %s', (version) => {
      const verdict = parsePubliccode(
        edited(`${version}-minimal`, [
          [['colour'], 'blue'],
          [['legal', 'licenceUrl'], 'https://example.org'],
          [['description', 'en', 'tagline'], 'Fix it fast'],
        ]),
      );
      expect(verdict.valid).toBe(true);
      expect(paths(verdict.warnings)).toEqual(
        expect.arrayContaining(['colour', 'legal.licenceUrl', 'description.en.tagline']),
      );
    });
    it('warn about the Italian section from 0.7, and refuse both "it" and "IT"', () => {
      const section = { countryExtensionVersion: '1.0' };
      const older = parsePubliccode(edited('0.5-minimal', [[['IT'], section]]));
      expect(at(older.warnings, 'IT')).toBeUndefined();
      const latest = parsePubliccode(edited('0-minimal', [[['IT'], section]]));
      expect(latest.valid).toBe(true);
      expect(at(latest.warnings, 'IT')).toMatch(/deprecated since publiccode.yml 0.7/);
      const both = parsePubliccode(
        edited('0-minimal', [
          [['IT'], section],
          [['it'], section],
        ]),
      );
      expect(at(both.errors, 'it')).toMatch(/both/);
    });
  });

  it('takes isBasedOn as one URL or a list, and checks each', () => {
    const one = parsePubliccode(
      edited('0-minimal', [[['isBasedOn'], 'https://github.com/a/b.git']]),
    );
    expect(one.component?.isBasedOn).toEqual(['https://github.com/a/b.git']);
    const bad = parsePubliccode(
      edited('0-minimal', [[['isBasedOn'], ['https://github.com/a/b', 'b']]]),
    );
    expect(at(bad.errors, 'isBasedOn[1]')).toMatch(/not a URL/);
  });
});

describe('text the database could not store', () => {
  const base = fixture('0-minimal');
  it.each([
    ['name: "Report\\0It"', 'name', /control characters such as NUL/],
    ['name: "Report\\x07It"', 'name', /control characters/],
    ['name: "Report\\uD800It"', 'name', /not valid Unicode/],
  ])('refuses %s', (line, path, message) => {
    const verdict = parsePubliccode(base.replace('name: Report It', line));
    expect(verdict.valid).toBe(false);
    expect(at(verdict.errors, path)).toMatch(message);
  });

  it('refuses a NUL in a list item', () => {
    const verdict = parsePubliccode(base.replace('- Online forms for residents', '- "Forms\\0"'));
    expect(at(verdict.errors, 'description.en.features[0]')).toMatch(/NUL/);
  });

  it('keeps line breaks and tabs, and reads a key named __proto__ as an unknown key', () => {
    const verdict = parsePubliccode(
      `${base.replace('name: Report It', 'name: "Report\\tIt"')}__proto__:\n  polluted: yes\n`,
    );
    expect(verdict.valid).toBe(true);
    expect(paths(verdict.warnings)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('lists at most 100 warnings, then says how many more', () => {
    const many = Array.from({ length: 250 }, (_, index) => `unknown${index}: value`).join('\n');
    const verdict = parsePubliccode(`${base}${many}\n`);
    expect(verdict.valid).toBe(true);
    expect(verdict.warnings).toHaveLength(101);
    expect(verdict.warnings[100]?.message).toBe(
      'and 150 more warnings not listed: fix these first',
    );
  });
});
