import type { Section } from '../publiccode-types';
import { since } from '../publiccode-versions';
import type { RuleContext } from './rule-context';

/** Every top-level key of 0.x up to the latest LGX knows; keys added later are checked by their rule. */
const KNOWN = [
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
  'fundedBy',
  'roadmap',
  'developmentStatus',
  'softwareType',
  'organisation',
  'intendedAudience',
  'supports',
  'description',
  'legal',
  'maintenance',
  'localisation',
  'dependsOn',
];

/**
 * Unknown top-level keys are a warning, never a refusal: a newer 0.x may add
 * keys. Country sections (such as IT) belong to the standard; LGX does not
 * read them. The lowercase `it` is deprecated, and the Italian section as a
 * whole is deprecated since 0.7.
 */
export function checkTopLevelKeys({ read, version }: RuleContext, root: Section): void {
  for (const key of Object.keys(root)) {
    if (KNOWN.includes(key)) continue;
    if (/^[A-Z]{2}$/.test(key)) continue;
    if (key === 'it') read.warn([key], 'the lowercase country section is deprecated; use "IT"');
    else read.warn([key], 'is not a key of publiccode.yml, so it is ignored');
  }
  if (read.present(root, 'it') && read.present(root, 'IT'))
    read.error(['it'], 'the file has both "it" and "IT": keep only "IT"');
  const italian = read.present(root, 'IT') ? 'IT' : read.present(root, 'it') ? 'it' : null;
  if (italian && since(version, 7))
    read.warn(
      [italian],
      'the Italian section is deprecated since publiccode.yml 0.7; use supports and organisation',
    );
}
