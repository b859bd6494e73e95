import { oneOf, show } from '../publiccode-reader';
import type { Section } from '../publiccode-types';
import { introduced, since } from '../publiccode-versions';
import {
  CATEGORIES,
  CATEGORIES_FROM_0_5,
  DEVELOPMENT_STATUSES,
  PLATFORMS,
  SCOPES,
  SOFTWARE_TYPES,
  SUPPORTS_ALIASES,
} from '../publiccode-vocabularies';
import { countryCode } from './codes';
import type { RuleContext } from './rule-context';

export interface Classification {
  platforms?: string[];
  categories?: string[];
  developmentStatus?: string;
  softwareType?: string;
}

/** platforms, categories, developmentStatus, softwareType, intendedAudience, supports. */
export function readClassification(context: RuleContext, root: Section): Classification {
  const { read } = context;
  read.required(root, [], 'platforms', `where people use it: ${oneOf(PLATFORMS)} or another name`);
  const platforms = read.strings(root, [], 'platforms', true);
  if (platforms && platforms.length === 0)
    read.error(['platforms'], 'must name at least one platform');
  const categories = readCategories(context, root);
  read.required(root, [], 'developmentStatus', oneOf(DEVELOPMENT_STATUSES));
  const developmentStatus = read.enumerated(root, [], 'developmentStatus', DEVELOPMENT_STATUSES);
  read.required(root, [], 'softwareType', oneOf(SOFTWARE_TYPES));
  const softwareType = read.enumerated(root, [], 'softwareType', SOFTWARE_TYPES);
  readAudience(context, root);
  readSupports(context, root);
  return { platforms, categories, developmentStatus, softwareType };
}

/** Mandatory until 0.4; optional from 0.5, which also added "other". */
function readCategories(context: RuleContext, root: Section): string[] | undefined {
  const { read, version } = context;
  if (!since(version, 5))
    read.required(root, [], 'categories', 'words from the standard list of categories');
  const categories = read.strings(root, [], 'categories');
  if (categories && categories.length === 0)
    read.error(['categories'], 'must have at least one category, or be left out');
  categories?.forEach((value, index) => {
    if (CATEGORIES_FROM_0_5.includes(value) && !since(version, 5))
      read.warn(['categories', index], `${show(value)} was added in publiccode.yml 0.5`);
    else if (!CATEGORIES.includes(value))
      read.error(['categories', index], `${show(value)} is not in the standard list of categories`);
  });
  return categories;
}

function readAudience(context: RuleContext, root: Section): void {
  const { read } = context;
  const audience = read.section(root, [], 'intendedAudience');
  if (!audience) return;
  const path = ['intendedAudience'];
  read.unknownKeys(audience, path, ['countries', 'unsupportedCountries', 'scope']);
  for (const key of ['countries', 'unsupportedCountries'])
    read
      .strings(audience, path, key)
      ?.forEach((value, index) => countryCode(context, value, [...path, key, index]));
  read.strings(audience, path, 'scope')?.forEach((value, index) => {
    if (!SCOPES.includes(value))
      read.error([...path, 'scope', index], `${show(value)} is not in the standard scope list`);
  });
}

/** 0.7: standards, regulations or platforms it complies with, each a known alias or a URI. */
function readSupports(context: RuleContext, root: Section): void {
  const { read, version } = context;
  introduced(read, version, { section: root, path: [], key: 'supports' }, 7);
  read.sections(root, [], 'supports', 'an id', (item, path) => {
    read.unknownKeys(item, path, ['id']);
    if (!read.required(item, path, 'id', `a known alias (${oneOf(SUPPORTS_ALIASES)}) or a URI`))
      return undefined;
    const id = read.uri(item, path, 'id');
    if (id?.startsWith('alias:') && !SUPPORTS_ALIASES.includes(id))
      read.error(
        [...path, 'id'],
        `${show(id)} is not a known alias: use ${oneOf(SUPPORTS_ALIASES)} or a URI`,
      );
    return id;
  });
}
