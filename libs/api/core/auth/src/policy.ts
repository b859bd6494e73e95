import { type Actor, councilRoleAtLeast } from './actor';

/**
 * Everything the policy decides, with the object it is about. New areas add
 * their actions here, so every authorisation rule lives in this one file.
 */
export type PolicyRequest =
  | { action: 'account.manage-self' }
  | { action: 'council.members.read'; councilCode: string }
  | { action: 'council.members.change-role'; councilCode: string; targetUserId: string }
  | { action: 'council.members.remove'; councilCode: string; targetUserId: string }
  | { action: 'council.domains.manage' }
  | { action: 'sso.manage' }
  | { action: 'audit.read' }
  | { action: 'officer-content.read' }
  | { action: 'case-study.create'; councilCode: string }
  | { action: 'case-study.edit'; councilCodes: string[] }
  | { action: 'case-study.read-unpublished'; councilCodes: string[] }
  | { action: 'procurement-group.create'; councilCode: string }
  | { action: 'procurement-group.manage'; leadCouncilCode: string }
  | { action: 'procurement-group.express-interest'; councilCode: string }
  | { action: 'procurement-group.commit'; councilCode: string }
  | { action: 'procurement-group.withdraw'; councilCode: string; committed: boolean }
  | { action: 'procurement-group.read-private'; memberCouncilCodes: string[] };

export type PolicyAction = PolicyRequest['action'];

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const isPlatformAdmin = (actor: Actor) => actor.platformRoles.includes('ADMIN');

const isCouncilAdminOf = (actor: Actor, councilCode: string) =>
  actor.council?.code === councilCode && councilRoleAtLeast(actor.council.role, 'ADMIN');

const isCouncilEditorOf = (actor: Actor, councilCode: string) =>
  actor.council?.code === councilCode && councilRoleAtLeast(actor.council.role, 'EDITOR');

/** What the action is, in words, for "You do not have permission to ...". */
export const ACTION_WORDS: Record<PolicyAction, string> = {
  'account.manage-self': 'manage this account',
  'council.members.read': "see this council's members",
  'council.members.change-role': "change this member's role",
  'council.members.remove': 'remove this member',
  'council.domains.manage': 'manage council email domains',
  'sso.manage': 'manage single sign-on',
  'audit.read': 'read the audit log',
  'officer-content.read': 'see content for verified council officers',
  'case-study.create': 'write case studies for this council',
  'case-study.edit':
    'change this case study: it needs the editor role in its lead or co-author council',
  'case-study.read-unpublished': 'see this case study before it is published',
  'procurement-group.create': 'start procurement groups for this council: it needs the editor role',
  'procurement-group.manage':
    "manage this procurement group: it needs the editor role in the group's lead council",
  'procurement-group.express-interest': 'express interest for this council',
  'procurement-group.commit':
    'commit this council to the group: it needs the editor role in your council',
  'procurement-group.withdraw':
    "withdraw this council's commitment: it needs the editor role in your council",
  'procurement-group.read-private':
    "see this group's discussion and documents: they are for member councils only",
};

/** The one place that decides who may do what. Pure: no I/O, easy to test. */
export function decide(actor: Actor, request: PolicyRequest): Decision {
  if (!actor.userId) return deny('not signed in');
  switch (request.action) {
    case 'account.manage-self':
      return allow;
    case 'council.members.read':
      return isCouncilAdminOf(actor, request.councilCode) || isPlatformAdmin(actor)
        ? allow
        : deny('not an admin of this council');
    case 'council.members.change-role':
    case 'council.members.remove':
      if (request.targetUserId === actor.userId && !isPlatformAdmin(actor)) {
        return deny('council admins cannot change their own membership');
      }
      return isCouncilAdminOf(actor, request.councilCode) || isPlatformAdmin(actor)
        ? allow
        : deny('not an admin of this council');
    case 'council.domains.manage':
    case 'sso.manage':
    case 'audit.read':
      return isPlatformAdmin(actor) ? allow : deny('not a platform admin');
    case 'officer-content.read':
      return actor.council || actor.platformRoles.length > 0
        ? allow
        : deny('not a verified officer');
    case 'case-study.create':
      return actor.council?.code === request.councilCode &&
        councilRoleAtLeast(actor.council.role, 'EDITOR')
        ? allow
        : deny('not an editor of this council');
    case 'case-study.edit':
      return actor.council &&
        request.councilCodes.includes(actor.council.code) &&
        councilRoleAtLeast(actor.council.role, 'EDITOR')
        ? allow
        : deny('not an editor of the lead or a co-author council');
    case 'case-study.read-unpublished':
      return actor.council && request.councilCodes.includes(actor.council.code)
        ? allow
        : deny('not an officer of the lead or a co-author council');
    case 'procurement-group.create':
    case 'procurement-group.commit':
      return isCouncilEditorOf(actor, request.councilCode)
        ? allow
        : deny('not an editor of this council');
    case 'procurement-group.manage':
      return isCouncilEditorOf(actor, request.leadCouncilCode)
        ? allow
        : deny("not an editor of the group's lead council");
    case 'procurement-group.express-interest':
      return actor.council?.code === request.councilCode
        ? allow
        : deny('not an officer of this council');
    case 'procurement-group.withdraw':
      // Interest is an officer's to withdraw; a commitment needs the role that made it.
      if (request.committed)
        return isCouncilEditorOf(actor, request.councilCode)
          ? allow
          : deny('not an editor of this council');
      return actor.council?.code === request.councilCode
        ? allow
        : deny('not an officer of this council');
    case 'procurement-group.read-private':
      return actor.council && request.memberCouncilCodes.includes(actor.council.code)
        ? allow
        : deny('not an officer of a member council');
  }
}
