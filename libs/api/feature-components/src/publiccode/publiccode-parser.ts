import { MATURITY_FROM_DEVELOPMENT_STATUS } from '@lgx/shared/domain';

import { decodePubliccode, readYaml } from './publiccode-document';
import { PubliccodeReader } from './publiccode-reader';
import {
  type ImportedComponent,
  isSection,
  type PubliccodeProblem,
  type PubliccodeVerdict,
  type Section,
} from './publiccode-types';
import { readVersion } from './publiccode-versions';
import { readClassification } from './rules/classification';
import { readDependsOn } from './rules/depends-on';
import { type DescriptionTexts, readDescription } from './rules/description';
import { readLegal } from './rules/legal';
import { readLocalisation } from './rules/localisation';
import { readMaintenance } from './rules/maintenance';
import { readOrganisations } from './rules/organisation';
import type { RuleContext } from './rules/rule-context';
import { readSoftware } from './rules/software';
import { checkTopLevelKeys } from './rules/top-level-keys';

export { MAX_PUBLICCODE_BYTES } from './publiccode-document';
export type {
  ImportedComponent,
  ImportedDependency,
  ImportedOrganisation,
  PubliccodeProblem,
  PubliccodeVerdict,
} from './publiccode-types';

/** At most this many errors and as many warnings are listed; a last line says how many more. */
export const MAX_LISTED_PROBLEMS = 100;

function listed(problems: PubliccodeProblem[], kind: string): PubliccodeProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { path: '', message: `and ${more} more ${kind} not listed: fix these first` },
  ];
}

const refused = (errors: PubliccodeProblem[], warnings: PubliccodeProblem[] = []) => ({
  valid: false,
  version: null,
  errors,
  warnings,
});

/**
 * Parses and checks a publiccode.yml against the standard: "0" (the latest
 * 0.x) and every 0.x version from 0.2, each with its own rules, then maps it
 * to a component. Every problem names its key path and says why; warnings
 * (deprecated or unknown keys, older versions) never block the import.
 */
export function parsePubliccode(input: Uint8Array | string): PubliccodeVerdict {
  const text = decodePubliccode(input);
  if (typeof text !== 'string') return refused(text);
  const document = readYaml(text);
  if (Array.isArray(document)) return refused(document);
  const read = new PubliccodeReader(document.lineOf);
  if (!isSection(document.root)) {
    read.error([], 'The file must be a YAML mapping of publiccode.yml keys (key: value)');
    return refused(read.errors);
  }
  const version = readVersion(document.root, read);
  const declared = version?.declared ?? null;
  if (!version) return { ...refused(read.errors, read.warnings), version: declared };
  const component = readComponent({ read, version }, document.root);
  return {
    valid: read.errors.length === 0,
    version: declared,
    errors: listed(read.errors, 'errors'),
    warnings: listed(read.warnings, 'warnings'),
    ...(read.errors.length === 0 && component ? { component } : {}),
  };
}

/** Runs every rule group (so every problem is reported) and maps the result when all is well. */
function readComponent(context: RuleContext, root: Section): ImportedComponent | undefined {
  checkTopLevelKeys(context, root);
  const software = readSoftware(context, root);
  const classification = readClassification(context, root);
  const texts = readDescription(context, root);
  const licence = readLegal(context, root);
  const maintenanceType = readMaintenance(context, root);
  readLocalisation(context, root);
  const dependencies = readDependsOn(context, root);
  const organisations = readOrganisations(context, root);
  if (context.read.errors.length > 0) return undefined;
  const language = preferredLanguage(texts);
  const chosen = texts.get(language)!;
  const withLong = chosen.long ? chosen : [...texts.values()].find((entry) => entry.long);
  const withFeatures = chosen.features ? chosen : [...texts.values()].find((e) => e.features);
  return {
    name: software.name!.trim(),
    summary: (chosen.summary ?? '').trim(),
    description: withLong?.long ?? '',
    features: withFeatures?.features ?? [],
    repositoryUrl: software.repositoryUrl!,
    landingUrl: software.landingUrl ?? null,
    documentationUrl: chosen.documentation ?? null,
    licence: licence!,
    maturity: MATURITY_FROM_DEVELOPMENT_STATUS[classification.developmentStatus!]!,
    developmentStatus: classification.developmentStatus!,
    softwareType: classification.softwareType!,
    softwareVersion: software.softwareVersion ?? null,
    releaseDate: software.releaseDate ?? null,
    platforms: classification.platforms ?? [],
    categories: classification.categories ?? [],
    maintenanceType: maintenanceType!,
    dependencies,
    language,
    organisation: organisations.organisation,
    fundedBy: organisations.fundedBy,
    isBasedOn: software.isBasedOn,
  };
}

/** British English first, then any English, then the first language with a long description. */
function preferredLanguage(texts: Map<string, DescriptionTexts>): string {
  const tags = [...texts.keys()];
  return (
    tags.find((tag) => tag === 'en-GB') ??
    tags.find((tag) => tag === 'en' || tag.startsWith('en-')) ??
    tags.find((tag) => texts.get(tag)?.long) ??
    tags[0]!
  );
}
