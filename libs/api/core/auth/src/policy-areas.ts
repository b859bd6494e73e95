import { type Actor, councilRoleAtLeast } from './actor';
import type { Decision, PolicyRequest } from './policy';

/**
 * Each area's authorisation rules, one group per area; policy.ts routes every
 * action to its group (decide) and is the only caller.
 */

export const allow: Decision = { allowed: true };
export const deny = (reason: string): Decision => ({ allowed: false, reason });

const isPlatformAdmin = (actor: Actor) => actor.platformRoles.includes('ADMIN');

const isModerator = (actor: Actor) =>
  actor.platformRoles.includes('MODERATOR') || isPlatformAdmin(actor);

const isCouncilAdminOf = (actor: Actor, councilCode: string) =>
  actor.council?.code === councilCode && councilRoleAtLeast(actor.council.role, 'ADMIN');

const isCouncilEditorOf = (actor: Actor, councilCode: string) =>
  actor.council?.code === councilCode && councilRoleAtLeast(actor.council.role, 'EDITOR');

/** The requests of one area, by their actions (a literal or a `prefix.${string}` pattern). */
export type AreaRequest<Action extends string> = Extract<PolicyRequest, { action: Action }>;

/** One's own account, a council's members, domains and invitations, platform administration. */
export function decideAccountAndCouncil(
  actor: Actor,
  request: AreaRequest<
    Exclude<
      | `account.${string}`
      | `council.${string}`
      | 'sso.manage'
      | 'audit.read'
      | 'officer-content.read',
      'council-contacts.read'
    >
  >,
): Decision {
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
    case 'council.invitations.read':
      return isCouncilEditorOf(actor, request.councilCode)
        ? allow
        : deny('not an editor or admin of this council');
  }
}

/** Asking for access (a council domain, a role) and who decides, and who a council's contacts are shown to. */
export function decideAccessRequest(
  actor: Actor,
  request: AreaRequest<`access-request.${string}` | 'council-contacts.read'>,
): Decision {
  switch (request.action) {
    case 'council-contacts.read':
      return actor.council?.code === request.councilCode || isPlatformAdmin(actor)
        ? allow
        : deny('not an officer of this council');
    case 'access-request.council-domain.ask':
      if (!actor.emailVerified) return deny('email address not confirmed');
      return actor.council ? deny('already an officer of a council') : allow;
    case 'access-request.council-role.ask':
      return actor.council?.code === request.councilCode
        ? allow
        : deny('not an officer of this council');
    case 'access-request.decide':
      // The editor role is the council's own to give; domains and a first admin are the platform's.
      if (request.kind === 'EDITOR_ROLE' && isCouncilAdminOf(actor, request.councilCode))
        return allow;
      return isPlatformAdmin(actor) ? allow : deny('not an admin who decides this request');
    case 'access-request.list-council':
      return isCouncilAdminOf(actor, request.councilCode) || isPlatformAdmin(actor)
        ? allow
        : deny('not an admin of this council');
    case 'access-request.list-platform':
      return isPlatformAdmin(actor) ? allow : deny('not a platform admin');
  }
}

export function decideCaseStudy(
  actor: Actor,
  request: AreaRequest<
    | 'case-study.create'
    | 'case-study.edit'
    | 'case-study.read-unpublished'
    | 'case-study.record-actuals'
  >,
): Decision {
  switch (request.action) {
    case 'case-study.create':
      return actor.council?.code === request.councilCode &&
        councilRoleAtLeast(actor.council.role, 'EDITOR')
        ? allow
        : deny('not an editor of this council');
    // Actuals are the case study's own councils' to report: the same editors and admins.
    case 'case-study.edit':
    case 'case-study.record-actuals':
      return actor.council &&
        request.councilCodes.includes(actor.council.code) &&
        councilRoleAtLeast(actor.council.role, 'EDITOR')
        ? allow
        : deny('not an editor of the lead or a co-author council');
    case 'case-study.read-unpublished':
      return actor.council && request.councilCodes.includes(actor.council.code)
        ? allow
        : deny('not an officer of the lead or a co-author council');
  }
}

/** Co-authors of a case study and co-maintainers of a component: the same consent rules. */
export function decideSharedAuthorship(
  actor: Actor,
  request: AreaRequest<`case-study.co-author.${string}` | `component.co-maintainer.${string}`>,
): Decision {
  switch (request.action) {
    case 'case-study.co-author.invite':
    case 'component.co-maintainer.invite':
      // Only a council that is already an author (lead or accepted co-author) names others.
      return request.councilCodes.some((code) => isCouncilEditorOf(actor, code))
        ? allow
        : deny('not an editor of a council that already writes or maintains it');
    case 'case-study.co-author.respond':
    case 'component.co-maintainer.respond':
      // Consent is the invited council's alone: no platform role answers for it.
      return isCouncilEditorOf(actor, request.invitedCouncilCode)
        ? allow
        : deny('not an editor or admin of the invited council');
    case 'case-study.co-author.leave':
    case 'component.co-maintainer.leave':
      return isCouncilEditorOf(actor, request.councilCode)
        ? allow
        : deny('not an editor of this council');
  }
}

export function decideSupplier(
  actor: Actor,
  request: AreaRequest<`supplier.${string}` | `supplier-experience.${string}`>,
): Decision {
  switch (request.action) {
    case 'supplier.create':
      return actor.council || isModerator(actor) ? allow : deny('not a verified officer');
    case 'supplier.moderate':
    case 'supplier-experience.moderate':
      return isModerator(actor) ? allow : deny('not a platform moderator');
    case 'supplier-experience.write':
      return actor.council?.code === request.councilCode
        ? allow
        : deny('not an officer of the council the experience belongs to');
    case 'supplier-experience.read-unpublished':
      return actor.council?.code === request.councilCode || isModerator(actor)
        ? allow
        : deny('not an officer of its council or a moderator');
    case 'supplier-experience.raise-concern':
      return allow;
  }
}

export function decideComponent(
  actor: Actor,
  request: AreaRequest<
    | 'component.create'
    | 'component.edit'
    | 'component.read-unpublished'
    | 'component.adopt'
    | 'component.ask-adopters'
  >,
): Decision {
  switch (request.action) {
    case 'component.create':
      return actor.council?.code === request.councilCode &&
        councilRoleAtLeast(actor.council.role, 'EDITOR')
        ? allow
        : deny('not an editor of this council');
    case 'component.edit':
      return actor.council &&
        request.councilCodes.includes(actor.council.code) &&
        councilRoleAtLeast(actor.council.role, 'EDITOR')
        ? allow
        : deny('not an editor of a maintaining council');
    case 'component.read-unpublished':
      return actor.council && request.councilCodes.includes(actor.council.code)
        ? allow
        : deny('not an officer of a maintaining council');
    case 'component.adopt':
      return actor.council?.code === request.councilCode &&
        councilRoleAtLeast(actor.council.role, 'OFFICER')
        ? allow
        : deny('not an officer of this council');
    case 'component.ask-adopters':
      return actor.council ? allow : deny('not a verified council officer');
  }
}

export function decideProcurementGroup(
  actor: Actor,
  request: AreaRequest<`procurement-group.${string}`>,
): Decision {
  switch (request.action) {
    case 'procurement-group.create':
    case 'procurement-group.commit':
      return isCouncilEditorOf(actor, request.councilCode)
        ? allow
        : deny('not an editor of this council');
    case 'procurement-group.manage':
    case 'procurement-group.edit':
      return isCouncilEditorOf(actor, request.leadCouncilCode)
        ? allow
        : deny("not an editor of the group's lead council");
    case 'procurement-group.document.remove':
      return isCouncilEditorOf(actor, request.sharedByCouncilCode) ||
        isCouncilEditorOf(actor, request.leadCouncilCode)
        ? allow
        : deny('not an editor of the council that shared it or of the lead council');
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

/** Which council a public contract's buyer is, when the matcher was unsure: platform admins decide. */
export function decideContractBuyer(actor: Actor): Decision {
  return isPlatformAdmin(actor) ? allow : deny('not a platform admin');
}

/**
 * Follows and notifications: any signed-in account follows and hears (what
 * it is told of is filtered by what it may see when delivered); only its own.
 */
export function decideFollowing(
  actor: Actor,
  request: AreaRequest<
    `follow.${string}` | `notification.${string}` | `email-preferences.${string}`
  >,
): Decision {
  switch (request.action) {
    case 'follow.manage-own':
    case 'notification.read-own':
    case 'email-preferences.manage-own':
      return allow;
    case 'follow.change':
    case 'notification.mark-read':
      return request.ownerAccountId === actor.userId ? allow : deny('not this account’s own');
  }
}

/**
 * Questions to the councils behind a case study or component (decision 0047):
 * anyone signed in asks, but not their own council; any officer of a council
 * it was put to answers for it; officers-only questions are for verified
 * officers (and platform staff) and the person who asked.
 */
export function decideQuestion(actor: Actor, request: AreaRequest<`question.${string}`>): Decision {
  switch (request.action) {
    case 'question.ask':
      if (!actor.emailVerified) return deny('email address not confirmed');
      return actor.council && request.councilCodes.includes(actor.council.code)
        ? deny('an officer of a council it is put to')
        : allow;
    case 'question.answer':
      return actor.council &&
        request.councilCodes.includes(actor.council.code) &&
        councilRoleAtLeast(actor.council.role, 'OFFICER')
        ? allow
        : deny('not an officer of a council it was put to');
    case 'question.read-officers-only':
      return actor.council || actor.platformRoles.length > 0 || actor.userId === request.askedBy
        ? allow
        : deny('not a verified officer');
    case 'question.list-council':
      return actor.council?.code === request.councilCode
        ? allow
        : deny('not an officer of this council');
  }
}

/**
 * A council's digital ambition map: private to the council's own officers
 * (platform staff included out: it is the council's, decision 0056) until its
 * admins publish it; its editors and admins change it.
 */
export function decideAmbition(actor: Actor, request: AreaRequest<`ambition.${string}`>): Decision {
  switch (request.action) {
    case 'ambition.read-private':
      return actor.council?.code === request.councilCode
        ? allow
        : deny('not an officer of this council');
    case 'ambition.edit':
      return isCouncilEditorOf(actor, request.councilCode)
        ? allow
        : deny('not an editor or admin of this council');
    case 'ambition.publish':
      return isCouncilAdminOf(actor, request.councilCode)
        ? allow
        : deny('not an admin of this council');
  }
}
