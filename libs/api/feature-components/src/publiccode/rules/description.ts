import { isSection, type Path, type Section } from '../publiccode-types';
import { deprecated, since } from '../publiccode-versions';
import { languageTag } from './codes';
import type { RuleContext } from './rule-context';

/** The texts of one language of `description`. */
export interface DescriptionTexts {
  summary?: string;
  long?: string;
  features?: string[];
  documentation?: string;
}

const LANGUAGE_KEYS = [
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
];

/** The minimum length of longDescription: 500 characters in 0.2, 150 from 0.3. */
const longMinimum = (context: RuleContext) => (since(context.version, 3) ? 150 : 500);

/**
 * `description`: at least one language, each a BCP 47 tag; shortDescription in
 * every language; longDescription and features in at least one. Returns the
 * texts by canonical language tag.
 */
export function readDescription(
  context: RuleContext,
  root: Section,
): Map<string, DescriptionTexts> {
  const { read } = context;
  const texts = new Map<string, DescriptionTexts>();
  read.required(root, [], 'description', 'a section per language, such as "en:"');
  const description = read.section(root, [], 'description');
  if (!description) return texts;
  const languages = Object.keys(description);
  if (languages.length === 0)
    read.error(['description'], 'must describe the software in at least one language');
  for (const language of languages) {
    const path: Path = ['description', language];
    const tag = languageTag(context, language, path);
    const entry = read.section(description, ['description'], language);
    if (!entry && description[language] === null) read.error(path, 'must not be empty');
    if (!entry) continue;
    const languageTexts = readLanguage(context, entry, path);
    if (tag) texts.set(tag, languageTexts);
  }
  requireSomewhere(context, description, languages);
  return texts;
}

function readLanguage(context: RuleContext, entry: Section, path: Path): DescriptionTexts {
  const { read, version } = context;
  read.unknownKeys(entry, path, LANGUAGE_KEYS);
  read.string(entry, path, 'localisedName');
  if (!since(version, 3))
    read.required(entry, path, 'genericName', 'the kind of software, such as "Text Editor"');
  read.string(entry, path, 'genericName', { max: 35 });
  deprecated(read, version, { section: entry, path, key: 'genericName' }, 3, 'it can be removed');
  read.required(entry, path, 'shortDescription', 'one sentence of at most 150 characters');
  const summary = read.string(entry, path, 'shortDescription', { max: 150 });
  const long = read.string(entry, path, 'longDescription', {
    max: 10_000,
    min: longMinimum(context),
  });
  const documentation = read.url(entry, path, 'documentation');
  read.url(entry, path, 'apiDocumentation');
  const features = read.strings(entry, path, 'features');
  if (features && features.length === 0)
    read.error([...path, 'features'], 'must list at least one feature');
  read.strings(entry, path, 'screenshots');
  read
    .strings(entry, path, 'videos')
    ?.forEach((value, index) => read.checkUrl(value, [...path, 'videos', index]));
  read.strings(entry, path, 'awards');
  return { summary, long, features, documentation };
}

/** longDescription and features are mandatory in at least one language (not in each). */
function requireSomewhere(context: RuleContext, description: Section, languages: string[]): void {
  const { read } = context;
  const entries = languages.map((language) => description[language]).filter(isSection);
  if (entries.length === 0) return;
  const first = languages[0]!;
  if (!entries.some((entry) => read.present(entry, 'longDescription')))
    read.error(
      ['description', first, 'longDescription'],
      `is required in at least one language: an overview of ${longMinimum(context)} to 10,000 characters`,
    );
  if (!entries.some((entry) => read.present(entry, 'features')))
    read.error(
      ['description', first, 'features'],
      'is required in at least one language: a list of what the software does',
    );
}
