/** What a reader may see, from their identity (never from the request's arguments). */
export interface ReaderScope {
  /** Verified officers (and platform staff) see officer-only records. */
  officer: boolean;
  /** Their council's drafts and council-only records. */
  councilCode?: string;
  /** Private records of the groups they are members of. */
  groupIds: string[];
}

export const VISITOR_SCOPE: ReaderScope = { officer: false, groupIds: [] };

/** A Meilisearch filter string literal. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The filter every search carries: only what this reader may see. Facet
 * counts and totals are computed under it, so they cannot leak either.
 */
export function visibilityFilter(scope: ReaderScope): string {
  const allowed = [`visibility = "public"`];
  if (scope.officer) allowed.push(`visibility = "officers"`);
  if (scope.councilCode)
    allowed.push(`(visibility = "council" AND councilCodes = ${quote(scope.councilCode)})`);
  if (scope.groupIds.length > 0)
    allowed.push(
      `(visibility = "group" AND groupIds IN [${scope.groupIds.map(quote).join(', ')}])`,
    );
  return `(${allowed.join(' OR ')})`;
}

/** What visibilityFilter decides, for one document already in hand (the same rule, in code). */
export function isVisibleTo(
  scope: ReaderScope,
  document: { visibility: string; councilCodes?: readonly string[]; groupIds?: readonly string[] },
): boolean {
  switch (document.visibility) {
    case 'public':
      return true;
    case 'officers':
      return scope.officer;
    case 'council':
      return Boolean(scope.councilCode && document.councilCodes?.includes(scope.councilCode));
    case 'group':
      return (document.groupIds ?? []).some((id) => scope.groupIds.includes(id));
    default:
      return false;
  }
}
