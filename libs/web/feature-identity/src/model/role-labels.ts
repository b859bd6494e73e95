import type { CouncilRole } from '@lgx/web/data-access';

export const COUNCIL_ROLES: Record<CouncilRole, { label: string; hint: string }> = {
  OFFICER: {
    label: 'Officer',
    hint: 'A verified officer of the council. Can see content for council officers.',
  },
  EDITOR: {
    label: 'Editor',
    hint: 'Can also write and publish content for the council.',
  },
  ADMIN: {
    label: 'Admin',
    hint: 'Can also manage the council’s members. Needs two-factor authentication.',
  },
};

/** A council role in words, e.g. "Editor". */
export const councilRoleLabel = (role: CouncilRole) => COUNCIL_ROLES[role].label;
