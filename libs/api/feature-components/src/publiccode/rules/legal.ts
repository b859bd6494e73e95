import { checkSpdxExpression } from '@lgx/shared/domain';

import { show } from '../publiccode-reader';
import type { Section } from '../publiccode-types';
import { deprecated } from '../publiccode-versions';
import type { RuleContext } from './rule-context';

/** `legal`: an SPDX licence expression; repoOwner (0.5) and authorsFile (0.4) are deprecated. */
export function readLegal(context: RuleContext, root: Section): string | undefined {
  const { read, version } = context;
  read.required(root, [], 'legal', 'a section with the licence (legal.license)');
  const legal = read.section(root, [], 'legal');
  if (!legal) return undefined;
  const path = ['legal'];
  read.unknownKeys(legal, path, ['license', 'mainCopyrightOwner', 'repoOwner', 'authorsFile']);
  read.required(legal, path, 'license', 'an SPDX licence expression such as "AGPL-3.0-or-later"');
  const raw = read.string(legal, path, 'license');
  let licence: string | undefined;
  if (raw !== undefined) {
    const check = checkSpdxExpression(raw);
    for (const problem of check.problems)
      read.error(['legal', 'license'], `${show(raw)} ${problem.replace(/^"[^"]*" /, '')}`);
    for (const warning of check.warnings) read.warn(['legal', 'license'], warning);
    licence = check.problems.length === 0 ? check.normalised : undefined;
  }
  read.string(legal, path, 'mainCopyrightOwner');
  read.string(legal, path, 'repoOwner');
  deprecated(read, version, { section: legal, path, key: 'repoOwner' }, 5, 'use organisation.name');
  read.string(legal, path, 'authorsFile');
  deprecated(
    read,
    version,
    { section: legal, path, key: 'authorsFile' },
    4,
    'name the owners in mainCopyrightOwner',
  );
  return licence;
}
