import { oneOf } from '../publiccode-reader';
import type { Path, Section } from '../publiccode-types';
import { since } from '../publiccode-versions';
import { MAINTENANCE_TYPES } from '../publiccode-vocabularies';
import type { RuleContext } from './rule-context';

/**
 * `maintenance`: its type; contractors (with the date their contract ends)
 * when it is "contract", contacts (real people) when "internal" or "community".
 */
export function readMaintenance(context: RuleContext, root: Section): string | undefined {
  const { read } = context;
  read.required(root, [], 'maintenance', 'a section saying how the software is maintained');
  const maintenance = read.section(root, [], 'maintenance');
  if (!maintenance) return undefined;
  const path = ['maintenance'];
  read.unknownKeys(maintenance, path, ['type', 'contractors', 'contacts']);
  read.required(maintenance, path, 'type', oneOf(MAINTENANCE_TYPES));
  const type = read.enumerated(maintenance, path, 'type', MAINTENANCE_TYPES);
  if (type === 'contract')
    read.required(
      maintenance,
      path,
      'contractors',
      'who is contracted to maintain it (type is "contract")',
    );
  if (type === 'internal' || type === 'community')
    read.required(maintenance, path, 'contacts', `who maintains it (type is "${type}")`);
  if (type && type !== 'contract') contractorsOutsideContract(context, maintenance);
  read.sections(maintenance, path, 'contractors', 'name and until', (item, itemPath) =>
    readContractor(context, item, itemPath),
  );
  read.sections(maintenance, path, 'contacts', 'at least a name', (item, itemPath) =>
    readContact(context, item, itemPath),
  );
  return type;
}

/** The standard today says contractors "must not be present" unless type is "contract"; older files are warned. */
function contractorsOutsideContract({ read, version }: RuleContext, maintenance: Section): void {
  if (!read.present(maintenance, 'contractors')) return;
  const message = 'must only be given when maintenance.type is "contract"';
  if (since(version, 5)) read.error(['maintenance', 'contractors'], message);
  else read.warn(['maintenance', 'contractors'], `${message}; it is ignored`);
}

function readContractor({ read }: RuleContext, item: Section, path: Path): true {
  read.unknownKeys(item, path, ['name', 'until', 'email', 'website']);
  read.required(item, path, 'name', 'the contractor’s name');
  read.string(item, path, 'name');
  read.required(item, path, 'until', 'the date the maintenance contract ends (YYYY-MM-DD)');
  read.date(item, path, 'until');
  read.email(item, path, 'email');
  read.url(item, path, 'website');
  return true;
}

function readContact({ read }: RuleContext, item: Section, path: Path): true {
  read.unknownKeys(item, path, ['name', 'email', 'phone', 'affiliation']);
  read.required(item, path, 'name', 'the full name of a person who maintains it');
  read.string(item, path, 'name');
  read.email(item, path, 'email');
  read.string(item, path, 'phone');
  read.string(item, path, 'affiliation');
  return true;
}
