import type { Section } from '../publiccode-types';
import { languageTag } from './codes';
import type { RuleContext } from './rule-context';

/** `localisation`: whether it is ready for translation, and the languages it is available in. */
export function readLocalisation(context: RuleContext, root: Section): string[] {
  const { read } = context;
  read.required(
    root,
    [],
    'localisation',
    'a section with localisationReady and availableLanguages',
  );
  const localisation = read.section(root, [], 'localisation');
  if (!localisation) return [];
  const path = ['localisation'];
  read.unknownKeys(localisation, path, ['localisationReady', 'availableLanguages']);
  read.required(localisation, path, 'localisationReady', 'true or false');
  read.boolean(localisation, path, 'localisationReady');
  read.required(
    localisation,
    path,
    'availableLanguages',
    'the languages it is available in, such as ["en"]',
  );
  const available = read.strings(localisation, path, 'availableLanguages');
  if (available && available.length === 0)
    read.error([...path, 'availableLanguages'], 'must list at least one language');
  return (available ?? []).flatMap(
    (value, index) => languageTag(context, value, [...path, 'availableLanguages', index]) ?? [],
  );
}
