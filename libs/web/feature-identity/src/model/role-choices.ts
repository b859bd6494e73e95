import type { CouncilRole } from '@lgx/web/data-access';

/** A role a member may ask for, with who decides it. */
export interface RoleChoice {
  value: 'EDITOR' | 'ADMIN';
  label: string;
  hint: string;
}

/**
 * The roles a member of `councilName` with `role` can ask for: the editor
 * role (from the council's admins, or the platform's when it has none), and
 * admin only while the council has no admin.
 */
export function roleChoices(
  role: CouncilRole,
  councilName: string,
  adminNames: string[],
): RoleChoice[] {
  const choices: RoleChoice[] = [];
  if (role === 'OFFICER')
    choices.push({
      value: 'EDITOR',
      label: 'The editor role',
      hint:
        adminNames.length > 0
          ? `To write and publish for ${councilName}. ${adminNames.join(', ')} will be asked.`
          : `To write and publish for ${councilName}. It has no admin, so the LGX platform admins will be asked.`,
    });
  if (role !== 'ADMIN' && adminNames.length === 0)
    choices.push({
      value: 'ADMIN',
      label: `To be ${councilName}’s LGX admin`,
      hint: 'To give roles and manage members. The LGX platform admins will be asked; it needs two-factor authentication.',
    });
  return choices;
}
