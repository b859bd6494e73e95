import type { ViewerQuery } from '@lgx/web/data-access';

export interface IdentityNavigationItem {
  href: string;
  label: string;
  /** Paths under which the item is the current one. */
  section: string;
}

/** Service navigation for the viewer's roles: their council's members, and platform admin. */
export function identityNavigation(
  viewer: ViewerQuery['viewer'] | undefined,
): IdentityNavigationItem[] {
  const items: IdentityNavigationItem[] = [];
  if (viewer?.council && viewer.councilRole === 'ADMIN')
    items.push({ href: '/council/members', label: 'Your council', section: '/council' });
  if (viewer?.platformRoles.includes('ADMIN'))
    items.push({ href: '/admin/domains', label: 'Admin', section: '/admin' });
  return items;
}
