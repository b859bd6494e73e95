import type { ImportedDependency, Path, Section } from '../publiccode-types';
import type { RuleContext } from './rule-context';

const KINDS = ['open', 'proprietary', 'hardware'] as const;

/** `dependsOn`: system-level dependencies, each with at least a name. */
export function readDependsOn(context: RuleContext, root: Section): ImportedDependency[] {
  const { read } = context;
  const dependsOn = read.section(root, [], 'dependsOn');
  if (!dependsOn) return [];
  read.unknownKeys(dependsOn, ['dependsOn'], KINDS);
  return KINDS.flatMap(
    (kind) =>
      read.sections(dependsOn, ['dependsOn'], kind, 'at least a name', (item, path) =>
        readDependency(context, kind, item, path),
      ) ?? [],
  );
}

function readDependency(
  { read }: RuleContext,
  kind: ImportedDependency['kind'],
  item: Section,
  path: Path,
): ImportedDependency | undefined {
  read.unknownKeys(item, path, ['name', 'versionMin', 'versionMax', 'version', 'optional']);
  read.required(item, path, 'name', 'the name of the dependency, such as "PostgreSQL"');
  const name = read.string(item, path, 'name');
  read.string(item, path, 'versionMin');
  read.string(item, path, 'versionMax');
  const version = read.string(item, path, 'version');
  const optional = read.boolean(item, path, 'optional');
  if (!name) return undefined;
  return { name, kind, ...(version ? { version } : {}), optional: optional ?? false };
}
