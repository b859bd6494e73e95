import {
  checkSpdxExpression,
  type ComponentMaturity,
  MATURITY_FROM_DEVELOPMENT_STATUS,
} from '@lgx/shared/domain';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';

import {
  CATEGORIES,
  DEVELOPMENT_STATUSES,
  LATEST_VERSION,
  MAINTENANCE_TYPES,
  PLATFORMS,
  SCOPES,
  SOFTWARE_TYPES,
} from './publiccode-vocabularies';

/** One thing wrong (or discouraged) in a publiccode.yml, at a key path such as `description.en.features`. */
export interface PubliccodeProblem {
  path: string;
  message: string;
  line?: number;
}

export interface ImportedDependency {
  name: string;
  kind: 'open' | 'proprietary' | 'hardware';
  version?: string;
  optional: boolean;
}

/** What LGX takes from a valid publiccode.yml. */
export interface ImportedComponent {
  name: string;
  summary: string;
  description: string;
  features: string[];
  repositoryUrl: string;
  landingUrl: string | null;
  documentationUrl: string | null;
  licence: string;
  maturity: ComponentMaturity;
  developmentStatus: string;
  softwareType: string;
  softwareVersion: string | null;
  releaseDate: string | null;
  platforms: string[];
  categories: string[];
  maintenanceType: string;
  dependencies: ImportedDependency[];
  language: string;
}

export interface PubliccodeVerdict {
  valid: boolean;
  /** The publiccodeYmlVersion the file declares, when it has one. */
  version: string | null;
  errors: PubliccodeProblem[];
  warnings: PubliccodeProblem[];
  /** Present when valid. */
  component?: ImportedComponent;
}

/** Larger than any real publiccode.yml (longDescription is at most 10,000 characters per language). */
export const MAX_PUBLICCODE_BYTES = 512 * 1024;

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Section = { [key: string]: Json };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REPOSITORY_SCHEMES = ['http:', 'https:', 'git:', 'ssh:', 'svn:', 'svn+ssh:', 'git+ssh:'];
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const show = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
const oneOf = (values: string[]) => values.map((value) => `"${value}"`).join(', ');
const pathText = (path: Path) =>
  path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    '',
  );

/** Is this version one we check, and which rules apply ("0.2" ... "0.5")? */
function versionRules(value: string): { minor: number } | { problem: string } {
  const match = /^0(?:\.(\d+)(?:\.\d+)?)?$/.exec(value);
  if (!match) {
    return /^\d+(\.\d+)*$/.test(value)
      ? {
          problem: `version ${show(value)} is not a 0.x version of publiccode.yml; LGX reads 0.2 to ${LATEST_VERSION}`,
        }
      : { problem: `must be a version number such as "${LATEST_VERSION}"` };
  }
  const minor = Number(match[1] ?? 0);
  if (minor < 2)
    return {
      problem: `version ${show(value)} predates 0.2 and used different keys; update the file to "${LATEST_VERSION}"`,
    };
  return { minor };
}

/**
 * Parses and checks a publiccode.yml against the standard (every 0.x version
 * from 0.2), then maps it to a component. Every problem names its key path and
 * says why; warnings (deprecated keys, older versions) do not block.
 */
export function parsePubliccode(input: Uint8Array | string): PubliccodeVerdict {
  const errors: PubliccodeProblem[] = [];
  const warnings: PubliccodeProblem[] = [];
  const verdict = (version: string | null = null): PubliccodeVerdict => ({
    valid: false,
    version,
    errors,
    warnings,
  });

  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (input.byteLength > MAX_PUBLICCODE_BYTES) {
      errors.push({
        path: '',
        message: `The file is larger than ${MAX_PUBLICCODE_BYTES / 1024} KB`,
      });
      return verdict();
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      errors.push({
        path: '',
        message: 'The file is not UTF-8 text: publiccode.yml must be encoded in UTF-8',
      });
      return verdict();
    }
  }
  if (text.length > MAX_PUBLICCODE_BYTES) {
    errors.push({ path: '', message: `The file is larger than ${MAX_PUBLICCODE_BYTES / 1024} KB` });
    return verdict();
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    errors.push({ path: '', message: 'The file is empty' });
    return verdict();
  }

  const lines = new LineCounter();
  const documents = parseAllDocuments(text, {
    version: '1.2',
    uniqueKeys: true,
    lineCounter: lines,
    prettyErrors: false,
  });
  const docs = Array.isArray(documents) ? documents : [documents];
  for (const doc of docs)
    for (const error of doc.errors) {
      errors.push({
        path: '',
        line: lines.linePos(error.pos[0]).line,
        message: `The YAML is broken: ${error.message.split('\n')[0]}`,
      });
    }
  if (errors.length > 0) return verdict();
  if (docs.length !== 1) {
    errors.push({
      path: '',
      message: 'The file holds more than one YAML document (---); publiccode.yml is one document',
    });
    return verdict();
  }
  const doc = docs[0]!;
  let root: Json;
  try {
    root = doc.toJS({ maxAliasCount: 50 }) as Json;
  } catch (error) {
    errors.push({ path: '', message: `The YAML could not be read: ${(error as Error).message}` });
    return verdict();
  }

  const lineOf = (path: Path): number | undefined => {
    for (let depth = path.length; depth > 0; depth--) {
      const offset = findKeyNode(doc.contents, path.slice(0, depth));
      if (offset !== undefined) return lines.linePos(offset).line;
    }
    return undefined;
  };
  const error = (path: Path, message: string) =>
    errors.push({ path: pathText(path), message, line: lineOf(path) });
  const warn = (path: Path, message: string) =>
    warnings.push({ path: pathText(path), message, line: lineOf(path) });

  if (!isObject(root)) {
    error([], 'The file must be a YAML mapping of publiccode.yml keys (key: value)');
    return verdict();
  }

  // The version decides the rules, so check it first.
  const rawVersion = root['publiccodeYmlVersion'];
  let minor = Number(LATEST_VERSION.split('.')[1]);
  let version: string | null = null;
  if (rawVersion === undefined || rawVersion === null) {
    error(
      ['publiccodeYmlVersion'],
      `is required: the version of the standard, such as "${LATEST_VERSION}"`,
    );
  } else if (typeof rawVersion !== 'string' && typeof rawVersion !== 'number') {
    error(['publiccodeYmlVersion'], 'must be text, such as "0.4"');
  } else {
    version = String(rawVersion);
    const rules = versionRules(version);
    if ('problem' in rules) {
      error(['publiccodeYmlVersion'], rules.problem);
      return verdict(version);
    }
    if (typeof rawVersion === 'number')
      warn(['publiccodeYmlVersion'], `should be quoted text ("${version}"), not a number`);
    minor = rules.minor;
    if (minor < Number(LATEST_VERSION.split('.')[1]))
      warn(
        ['publiccodeYmlVersion'],
        `${version} is not the latest version of the standard (${LATEST_VERSION}); consider updating`,
      );
    if (minor > Number(LATEST_VERSION.split('.')[1])) {
      warn(
        ['publiccodeYmlVersion'],
        `${version} is newer than the versions LGX knows (0.2 to ${LATEST_VERSION}); checked against ${LATEST_VERSION}`,
      );
      minor = Number(LATEST_VERSION.split('.')[1]);
    }
  }
  const since = (introduced: number) => minor >= introduced;

  // --- small typed readers; each reports at its path and returns undefined when wrong
  const present = (section: Section, key: string) =>
    section[key] !== undefined && section[key] !== null;
  const required = (section: Section, path: Path, key: string, what: string): boolean => {
    if (present(section, key)) return true;
    error([...path, key], `is required: ${what}`);
    return false;
  };
  const string = (section: Section, path: Path, key: string, max?: number, min?: number) => {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      error([...path, key], 'must be text');
      return undefined;
    }
    const text = String(value);
    if (!text.trim()) {
      error([...path, key], 'must not be empty');
      return undefined;
    }
    const length = [...text].length;
    if (max !== undefined && length > max)
      error([...path, key], `must be ${max} characters or fewer (it has ${length})`);
    if (min !== undefined && length < min)
      error([...path, key], `must be at least ${min} characters (it has ${length})`);
    return text;
  };
  const url = (section: Section, path: Path, key: string, schemes = ['http:', 'https:']) => {
    const value = string(section, path, key);
    if (value === undefined) return undefined;
    return checkUrl(value, [...path, key], schemes);
  };
  const checkUrl = (value: string, path: Path, schemes: string[]) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      error(path, `${show(value)} is not a URL: give a full address starting with https://`);
      return undefined;
    }
    if (!schemes.includes(parsed.protocol) || !parsed.hostname) {
      error(
        path,
        `${show(value)} must be ${schemes.length === 2 ? 'a web address (http or https)' : `a repository address (${schemes.map((s) => s.slice(0, -1)).join(', ')})`}`,
      );
      return undefined;
    }
    return value;
  };
  const date = (section: Section, path: Path, key: string) => {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    const match = typeof value === 'string' ? DATE.exec(value) : null;
    const real =
      match &&
      (() => {
        const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
        return day.toISOString().slice(0, 10) === value;
      })();
    if (!real) {
      error(
        [...path, key],
        `${typeof value === 'string' ? show(value) : 'this'} is not a date in the form YYYY-MM-DD (e.g. "2024-04-15")`,
      );
      return undefined;
    }
    return value as string;
  };
  const boolean = (section: Section, path: Path, key: string) => {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      error([...path, key], 'must be true or false');
      return undefined;
    }
    return value;
  };
  const list = (section: Section, path: Path, key: string, allowSingle = false) => {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    if (allowSingle && (typeof value === 'string' || typeof value === 'number'))
      return [String(value)];
    if (!Array.isArray(value)) {
      error([...path, key], allowSingle ? 'must be text or a list of text' : 'must be a list');
      return undefined;
    }
    return value;
  };
  const strings = (section: Section, path: Path, key: string, allowSingle = false) => {
    const values = list(section, path, key, allowSingle);
    if (!values) return undefined;
    const result: string[] = [];
    values.forEach((item, index) => {
      if (typeof item === 'string' && item.trim()) result.push(item);
      else if (typeof item === 'number') result.push(String(item));
      else error([...path, key, index], 'must be text');
    });
    return result;
  };
  const enumerated = (section: Section, path: Path, key: string, allowed: string[]) => {
    const value = string(section, path, key);
    if (value !== undefined && !allowed.includes(value)) {
      error([...path, key], `${show(value)} is not allowed: use one of ${oneOf(allowed)}`);
      return undefined;
    }
    return value;
  };
  const section = (parent: Section, path: Path, key: string): Section | undefined => {
    const value = parent[key];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) {
      error([...path, key], 'must be a section of keys (key: value)');
      return undefined;
    }
    return value;
  };
  const unknownKeys = (value: Section, path: Path, known: string[]) => {
    for (const key of Object.keys(value))
      if (!known.includes(key))
        warn([...path, key], 'is not a key of publiccode.yml here, so it is ignored');
  };
  const deprecated = (
    value: Section,
    path: Path,
    key: string,
    fromMinor: number,
    advice: string,
  ) => {
    if (present(value, key) && since(fromMinor))
      warn([...path, key], `is deprecated since publiccode.yml 0.${fromMinor}; ${advice}`);
  };
  const languageTag = (value: string, path: Path): string | undefined => {
    let canonical: string;
    try {
      canonical = Intl.getCanonicalLocales(value)[0]!;
    } catch {
      error(path, `${show(value)} is not a BCP 47 language tag (such as "en" or "en-GB")`);
      return undefined;
    }
    const primary = canonical.split('-')[0]!;
    let name: string | undefined;
    try {
      name = languageNames.of(primary);
    } catch {
      name = undefined;
    }
    if (!name || primary.length > 3) {
      error(path, `${show(value)} does not start with an ISO 639 language code (such as "en")`);
      return undefined;
    }
    if (canonical !== value)
      warn(path, `${show(value)} is better written "${canonical}" (BCP 47 canonical form)`);
    return canonical;
  };
  const country = (value: string, path: Path) => {
    let name: string | undefined;
    try {
      // ICU knows aliases (UK for GB) and macro-regions (EU): only canonical, real countries count.
      const code = value.toUpperCase();
      name =
        /^[A-Z]{2}$/.test(code) &&
        new Intl.Locale(`und-${code}`).region === code &&
        !['ZZ', 'EU', 'EZ', 'UN', 'QO'].includes(code)
          ? regionNames.of(code)
          : undefined;
    } catch {
      name = undefined;
    }
    if (!name)
      error(path, `${show(value)} is not an ISO 3166-1 alpha-2 country code (such as "gb")`);
    else if (value !== value.toLowerCase())
      warn(path, `should be lowercase ("${value.toLowerCase()}")`);
  };

  // --- top level
  const known = [
    'publiccodeYmlVersion',
    'name',
    'applicationSuite',
    'url',
    'landingURL',
    'isBasedOn',
    'softwareVersion',
    'releaseDate',
    'logo',
    'monochromeLogo',
    'inputTypes',
    'outputTypes',
    'platforms',
    'categories',
    'usedBy',
    'roadmap',
    'developmentStatus',
    'softwareType',
    'intendedAudience',
    'description',
    'legal',
    'maintenance',
    'localisation',
    'dependsOn',
    'organisation',
    'organizationUri',
    'fundedBy',
  ];
  for (const key of Object.keys(root)) {
    // Country-specific sections (e.g. IT) are part of the standard; LGX does not read them.
    if (/^[A-Z]{2}$/.test(key)) continue;
    if (key === 'it') {
      warn([key], 'the lowercase country section is deprecated; use "IT"');
      continue;
    }
    if (!known.includes(key)) warn([key], 'is not a key of publiccode.yml, so it is ignored');
  }

  required(root, [], 'name', 'the name of the software');
  const name = string(root, [], 'name');
  string(root, [], 'applicationSuite');
  required(root, [], 'url', 'the address of the source code repository');
  const repositoryUrl = url(root, [], 'url', REPOSITORY_SCHEMES);
  const landingUrl = url(root, [], 'landingURL');
  const isBasedOn = strings(root, [], 'isBasedOn', true);
  isBasedOn?.forEach((value, index) =>
    checkUrl(
      value,
      Array.isArray(root['isBasedOn']) ? ['isBasedOn', index] : ['isBasedOn'],
      REPOSITORY_SCHEMES,
    ),
  );
  const softwareVersion = string(root, [], 'softwareVersion');
  // 0.2 made releaseDate mandatory once a version had been released; later versions made it optional.
  if (!since(3) && softwareVersion !== undefined)
    required(root, [], 'releaseDate', 'when the version in softwareVersion was released');
  const releaseDate = date(root, [], 'releaseDate');
  string(root, [], 'logo');
  string(root, [], 'monochromeLogo');
  deprecated(root, [], 'monochromeLogo', 3, 'use logo');
  for (const key of ['inputTypes', 'outputTypes']) {
    strings(root, [], key)?.forEach((value, index) => {
      if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i.test(value))
        error([key, index], `${show(value)} is not a media type such as "text/plain" (RFC 6838)`);
    });
    deprecated(root, [], key, 3, 'it can be removed');
  }

  required(root, [], 'platforms', `where people use it: ${oneOf(PLATFORMS)} or another name`);
  const platforms = strings(root, [], 'platforms', true);
  if (platforms && platforms.length === 0) error(['platforms'], 'must name at least one platform');

  required(root, [], 'categories', 'words from the standard list of categories');
  const categories = strings(root, [], 'categories');
  if (categories && categories.length === 0)
    error(['categories'], 'must have at least one category');
  categories?.forEach((value, index) => {
    if (!CATEGORIES.includes(value))
      error(['categories', index], `${show(value)} is not in the standard list of categories`);
  });
  strings(root, [], 'usedBy');
  url(root, [], 'roadmap');

  required(root, [], 'developmentStatus', oneOf(DEVELOPMENT_STATUSES));
  const developmentStatus = enumerated(root, [], 'developmentStatus', DEVELOPMENT_STATUSES);
  required(root, [], 'softwareType', oneOf(SOFTWARE_TYPES));
  const softwareType = enumerated(root, [], 'softwareType', SOFTWARE_TYPES);

  const audience = section(root, [], 'intendedAudience');
  if (audience) {
    unknownKeys(audience, ['intendedAudience'], ['countries', 'unsupportedCountries', 'scope']);
    for (const key of ['countries', 'unsupportedCountries'])
      strings(audience, ['intendedAudience'], key)?.forEach((value, index) =>
        country(value, ['intendedAudience', key, index]),
      );
    strings(audience, ['intendedAudience'], 'scope')?.forEach((value, index) => {
      if (!SCOPES.includes(value))
        error(
          ['intendedAudience', 'scope', index],
          `${show(value)} is not in the standard scope list`,
        );
    });
  }

  // --- description, per language
  required(root, [], 'description', 'a section per language, such as "en:"');
  const description = section(root, [], 'description');
  const texts = new Map<
    string,
    { summary?: string; long?: string; features?: string[]; documentation?: string }
  >();
  if (description) {
    const languages = Object.keys(description);
    if (languages.length === 0)
      error(['description'], 'must describe the software in at least one language');
    for (const language of languages) {
      const path: Path = ['description', language];
      const tag = languageTag(language, path);
      const entry = section(description, ['description'], language);
      if (!entry) {
        if (description[language] === null) error(path, 'must not be empty');
        continue;
      }
      unknownKeys(entry, path, [
        'localisedName',
        'genericName',
        'shortDescription',
        'longDescription',
        'documentation',
        'apiDocumentation',
        'features',
        'screenshots',
        'videos',
        'awards',
      ]);
      string(entry, path, 'localisedName');
      if (!since(3))
        required(entry, path, 'genericName', 'the kind of software, such as "Text Editor"');
      string(entry, path, 'genericName', 35);
      deprecated(entry, path, 'genericName', 3, 'it can be removed');
      required(entry, path, 'shortDescription', 'one sentence of at most 150 characters');
      const summary = string(entry, path, 'shortDescription', 150);
      // The minimum was 500 characters in 0.2 and became 150 in 0.3.
      const long = string(entry, path, 'longDescription', 10_000, since(3) ? 150 : 500);
      const documentation = url(entry, path, 'documentation');
      url(entry, path, 'apiDocumentation');
      const features = strings(entry, path, 'features');
      if (features && features.length === 0)
        error([...path, 'features'], 'must list at least one feature');
      strings(entry, path, 'screenshots');
      strings(entry, path, 'videos')?.forEach((value, index) =>
        checkUrl(value, [...path, 'videos', index], ['http:', 'https:']),
      );
      strings(entry, path, 'awards');
      if (tag) texts.set(language, { summary, long, features, documentation });
    }
    const entries = languages.map((language) => description[language]).filter(isObject);
    if (entries.length > 0 && !entries.some((entry) => present(entry, 'longDescription')))
      error(
        ['description', languages[0]!, 'longDescription'],
        `is required in at least one language: an overview of ${since(3) ? 150 : 500} to 10,000 characters`,
      );
    if (entries.length > 0 && !entries.some((entry) => present(entry, 'features')))
      error(
        ['description', languages[0]!, 'features'],
        'is required in at least one language: a list of what the software does',
      );
  }

  // --- legal
  required(root, [], 'legal', 'a section with the licence (legal.license)');
  const legal = section(root, [], 'legal');
  let licence: string | undefined;
  if (legal) {
    unknownKeys(legal, ['legal'], ['license', 'mainCopyrightOwner', 'repoOwner', 'authorsFile']);
    required(legal, ['legal'], 'license', 'an SPDX licence expression such as "AGPL-3.0-or-later"');
    const raw = string(legal, ['legal'], 'license');
    if (raw !== undefined) {
      const check = checkSpdxExpression(raw);
      for (const problem of check.problems)
        error(['legal', 'license'], `${show(raw)} ${problem.replace(/^"[^"]*" /, '')}`);
      for (const warning of check.warnings) warn(['legal', 'license'], warning);
      licence = check.normalised;
    }
    string(legal, ['legal'], 'mainCopyrightOwner');
    string(legal, ['legal'], 'repoOwner');
    string(legal, ['legal'], 'authorsFile');
    deprecated(legal, ['legal'], 'authorsFile', 4, 'name the owners in mainCopyrightOwner');
  }

  // --- maintenance
  required(root, [], 'maintenance', 'a section saying how the software is maintained');
  const maintenance = section(root, [], 'maintenance');
  let maintenanceType: string | undefined;
  if (maintenance) {
    unknownKeys(maintenance, ['maintenance'], ['type', 'contractors', 'contacts']);
    required(maintenance, ['maintenance'], 'type', oneOf(MAINTENANCE_TYPES));
    maintenanceType = enumerated(maintenance, ['maintenance'], 'type', MAINTENANCE_TYPES);
    if (maintenanceType === 'contract')
      required(
        maintenance,
        ['maintenance'],
        'contractors',
        'who is contracted to maintain it (type is "contract")',
      );
    if (maintenanceType === 'internal' || maintenanceType === 'community')
      required(
        maintenance,
        ['maintenance'],
        'contacts',
        `who maintains it (type is "${maintenanceType}")`,
      );
    if (present(maintenance, 'contractors') && maintenanceType && maintenanceType !== 'contract')
      warn(['maintenance', 'contractors'], 'is only read when maintenance.type is "contract"');
    list(maintenance, ['maintenance'], 'contractors')?.forEach((item, index) => {
      const path: Path = ['maintenance', 'contractors', index];
      if (!isObject(item)) return void error(path, 'must be a section with name and until');
      unknownKeys(item, path, ['name', 'until', 'email', 'website']);
      required(item, path, 'name', 'the contractor’s name');
      string(item, path, 'name');
      required(item, path, 'until', 'the date the maintenance contract ends (YYYY-MM-DD)');
      date(item, path, 'until');
      const email = string(item, path, 'email');
      if (email && !EMAIL.test(email))
        error([...path, 'email'], `${show(email)} is not an email address`);
      url(item, path, 'website');
    });
    list(maintenance, ['maintenance'], 'contacts')?.forEach((item, index) => {
      const path: Path = ['maintenance', 'contacts', index];
      if (!isObject(item)) return void error(path, 'must be a section with at least a name');
      unknownKeys(item, path, ['name', 'email', 'phone', 'affiliation']);
      required(item, path, 'name', 'the full name of a person who maintains it');
      string(item, path, 'name');
      const email = string(item, path, 'email');
      if (email && !EMAIL.test(email))
        error([...path, 'email'], `${show(email)} is not an email address`);
      string(item, path, 'phone');
      string(item, path, 'affiliation');
    });
  }

  // --- localisation
  required(root, [], 'localisation', 'a section with localisationReady and availableLanguages');
  const localisation = section(root, [], 'localisation');
  if (localisation) {
    unknownKeys(localisation, ['localisation'], ['localisationReady', 'availableLanguages']);
    required(localisation, ['localisation'], 'localisationReady', 'true or false');
    boolean(localisation, ['localisation'], 'localisationReady');
    required(
      localisation,
      ['localisation'],
      'availableLanguages',
      'the languages it is available in, such as ["en"]',
    );
    const available = strings(localisation, ['localisation'], 'availableLanguages');
    if (available && available.length === 0)
      error(['localisation', 'availableLanguages'], 'must list at least one language');
    available?.forEach((value, index) =>
      languageTag(value, ['localisation', 'availableLanguages', index]),
    );
  }

  // --- dependsOn
  const dependencies: ImportedDependency[] = [];
  const dependsOn = section(root, [], 'dependsOn');
  if (dependsOn) {
    unknownKeys(dependsOn, ['dependsOn'], ['open', 'proprietary', 'hardware']);
    for (const kind of ['open', 'proprietary', 'hardware'] as const) {
      list(dependsOn, ['dependsOn'], kind)?.forEach((item, index) => {
        const path: Path = ['dependsOn', kind, index];
        if (!isObject(item)) return void error(path, 'must be a section with at least a name');
        unknownKeys(item, path, ['name', 'versionMin', 'versionMax', 'version', 'optional']);
        required(item, path, 'name', 'the name of the dependency, such as "PostgreSQL"');
        const dependencyName = string(item, path, 'name');
        string(item, path, 'versionMin');
        string(item, path, 'versionMax');
        const dependencyVersion = string(item, path, 'version');
        const optional = boolean(item, path, 'optional');
        if (dependencyName)
          dependencies.push({
            name: dependencyName,
            kind,
            ...(dependencyVersion ? { version: dependencyVersion } : {}),
            optional: optional ?? false,
          });
      });
    }
  }

  // --- 0.5 organisation keys: read lightly
  if (present(root, 'organizationUri')) string(root, [], 'organizationUri');
  const organisation = section(root, [], 'organisation');
  if (organisation) {
    required(organisation, ['organisation'], 'name', 'the name of the organisation');
    string(organisation, ['organisation'], 'name');
  }
  list(root, [], 'fundedBy')?.forEach((item, index) => {
    if (!isObject(item))
      return void error(['fundedBy', index], 'must be a section with at least a name');
    required(item, ['fundedBy', index], 'name', 'the name of the funder');
  });

  if (errors.length > 0) return verdict(version);

  const preferred =
    [...texts.keys()].find((tag) => tag === 'en-GB') ??
    [...texts.keys()].find((tag) => tag === 'en' || tag.startsWith('en-')) ??
    [...texts.keys()].find((tag) => texts.get(tag)?.long) ??
    [...texts.keys()][0]!;
  const chosen = texts.get(preferred)!;
  const withLong = chosen.long ? chosen : [...texts.values()].find((entry) => entry.long)!;
  const withFeatures = chosen.features
    ? chosen
    : [...texts.values()].find((entry) => entry.features)!;
  return {
    valid: true,
    version,
    errors,
    warnings,
    component: {
      name: name!.trim(),
      summary: (chosen.summary ?? '').trim(),
      description: withLong.long ?? '',
      features: withFeatures.features ?? [],
      repositoryUrl: repositoryUrl!,
      landingUrl: landingUrl ?? null,
      documentationUrl: chosen.documentation ?? null,
      licence: licence!,
      maturity: MATURITY_FROM_DEVELOPMENT_STATUS[developmentStatus!]!,
      developmentStatus: developmentStatus!,
      softwareType: softwareType!,
      softwareVersion: softwareVersion ?? null,
      releaseDate: releaseDate ?? null,
      platforms: platforms ?? [],
      categories: categories ?? [],
      maintenanceType: maintenanceType!,
      dependencies,
      language: preferred,
    },
  };
}

function isObject(value: unknown): value is Section {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The offset of the key of `path` in the YAML tree, so problems point at the key's line. */
function findKeyNode(contents: unknown, path: Path): number | undefined {
  let node: unknown = contents;
  let offset: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) return undefined;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as { range?: [number, number, number] } | undefined;
      if (!item) return undefined;
      offset = item.range?.[0];
      node = item;
    } else {
      return undefined;
    }
  }
  return offset;
}
