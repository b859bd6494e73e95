import type { ImportedOrganisation, Path, Section } from '../publiccode-types';
import { introduced } from '../publiccode-versions';
import type { RuleContext } from './rule-context';

export interface Organisations {
  organisation: ImportedOrganisation | null;
  fundedBy: ImportedOrganisation[];
}

/**
 * 0.5 added `organisation` (who publishes the software) and `fundedBy` (who
 * funds it), each an organisation with a name and an optional URI.
 */
export function readOrganisations(context: RuleContext, root: Section): Organisations {
  const { read, version } = context;
  introduced(read, version, { section: root, path: [], key: 'organisation' }, 5);
  introduced(read, version, { section: root, path: [], key: 'fundedBy' }, 5);
  const section = read.section(root, [], 'organisation');
  const organisation = section ? readOrganisation(context, section, ['organisation']) : undefined;
  const fundedBy =
    read.sections(root, [], 'fundedBy', 'at least a name', (item, path) =>
      readOrganisation(context, item, path),
    ) ?? [];
  return { organisation: organisation ?? null, fundedBy };
}

function readOrganisation(
  { read }: RuleContext,
  item: Section,
  path: Path,
): ImportedOrganisation | undefined {
  read.unknownKeys(item, path, ['name', 'uri']);
  read.required(item, path, 'name', 'the name of the organisation');
  const name = read.string(item, path, 'name');
  const uri = read.uri(item, path, 'uri');
  return name ? { name, uri: uri ?? null } : undefined;
}
