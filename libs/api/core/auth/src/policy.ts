import type { Actor } from './actor';
import {
  decideAccessRequest,
  decideAccountAndCouncil,
  decideAmbition,
  decideCaseStudy,
  decideComponent,
  decideContractBuyer,
  decideFollowing,
  decideProcurementGroup,
  decideQuestion,
  decideSharedAuthorship,
  decideSupplier,
  deny,
} from './policy-areas';

/**
 * Everything the policy decides, with the object it is about. New areas add
 * their actions here, and their rules in policy-areas.ts: every authorisation
 * rule lives in these two files.
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
  | { action: 'case-study.record-actuals'; councilCodes: string[] }
  | { action: 'case-study.co-author.invite'; councilCodes: string[] }
  | { action: 'case-study.co-author.respond'; invitedCouncilCode: string }
  | { action: 'case-study.co-author.leave'; councilCode: string }
  | { action: 'supplier.create' }
  | { action: 'supplier.moderate' }
  | { action: 'supplier-experience.write'; councilCode: string }
  | { action: 'supplier-experience.read-unpublished'; councilCode: string }
  | { action: 'supplier-experience.moderate' }
  | { action: 'supplier-experience.raise-concern' }
  | { action: 'component.create'; councilCode: string }
  | { action: 'component.edit'; councilCodes: string[] }
  | { action: 'component.read-unpublished'; councilCodes: string[] }
  | { action: 'component.co-maintainer.invite'; councilCodes: string[] }
  | { action: 'component.co-maintainer.respond'; invitedCouncilCode: string }
  | { action: 'component.co-maintainer.leave'; councilCode: string }
  | { action: 'council.invitations.read'; councilCode: string }
  | { action: 'council-contacts.read'; councilCode: string }
  | { action: 'access-request.council-domain.ask' }
  | { action: 'access-request.council-role.ask'; councilCode: string }
  | { action: 'access-request.decide'; kind: AccessRequestKind; councilCode: string }
  | { action: 'access-request.list-council'; councilCode: string }
  | { action: 'access-request.list-platform' }
  | { action: 'component.adopt'; councilCode: string }
  | { action: 'component.ask-adopters' }
  | { action: 'procurement-group.create'; councilCode: string }
  | { action: 'procurement-group.manage'; leadCouncilCode: string }
  | { action: 'procurement-group.edit'; leadCouncilCode: string }
  | {
      action: 'procurement-group.document.remove';
      sharedByCouncilCode: string;
      leadCouncilCode: string;
    }
  | { action: 'procurement-group.express-interest'; councilCode: string }
  | { action: 'procurement-group.commit'; councilCode: string }
  | { action: 'procurement-group.withdraw'; councilCode: string; committed: boolean }
  | { action: 'procurement-group.read-private'; memberCouncilCodes: string[] }
  | { action: 'contract-buyer.decide' }
  | { action: 'follow.manage-own' }
  | { action: 'follow.change'; ownerAccountId: string }
  | { action: 'notification.read-own' }
  | { action: 'notification.mark-read'; ownerAccountId: string }
  | { action: 'email-preferences.manage-own' }
  | { action: 'question.ask'; councilCodes: string[] }
  | { action: 'question.answer'; councilCodes: string[] }
  | { action: 'question.read-officers-only'; askedBy: string }
  | { action: 'question.list-council'; councilCode: string }
  | { action: 'ambition.read-private'; councilCode: string }
  | { action: 'ambition.edit'; councilCode: string }
  | { action: 'ambition.publish'; councilCode: string };

export type PolicyAction = PolicyRequest['action'];

/** What is asked for: a council email domain, the editor role, or the admin role of a council without one. */
export type AccessRequestKind = 'COUNCIL_DOMAIN' | 'EDITOR_ROLE' | 'COUNCIL_ADMIN';

export type Decision = { allowed: true } | { allowed: false; reason: string };

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
  'case-study.record-actuals':
    "record this case study's actuals: they are for the editors and admins of its councils",
  'council-contacts.read': "see this council's admins and editors: they are shown to its officers",
  'access-request.council-domain.ask':
    "ask for a council's email domain: it needs a confirmed email address that is not yet linked to a council",
  'access-request.council-role.ask': 'ask for a role in this council: it is for its officers',
  'access-request.decide':
    "decide this request: the editor role is for the council's admins, domains and council admins for platform admins",
  'access-request.list-council':
    "see this council's requests for the editor role: they are for its admins",
  'access-request.list-platform':
    'see requests for council domains and council admins: they are for platform admins',
  'case-study.create': 'write case studies for this council',
  'case-study.edit':
    'change this case study: it needs the editor role in its lead or co-author council',
  'case-study.read-unpublished': 'see this case study before it is published',
  'case-study.co-author.invite':
    'invite or remove co-author councils: it needs the editor role in the lead or a co-author council',
  'case-study.co-author.respond':
    'answer this invitation: it needs the editor or admin role in the invited council',
  'case-study.co-author.leave':
    'take this council off the case study: it needs the editor role in that council',
  'supplier.create': 'add suppliers: it is for verified council officers',
  'supplier.moderate': 'correct or merge suppliers: it is for moderators',
  'supplier-experience.write': "write or change this council's supplier experiences",
  'supplier-experience.read-unpublished': 'see this supplier experience before it is published',
  'supplier-experience.moderate': 'moderate supplier experiences',
  'supplier-experience.raise-concern': 'raise a concern about a supplier experience',
  'component.create': 'add components for this council',
  'component.edit':
    'change this component: it needs the editor role in one of its maintaining councils',
  'component.read-unpublished': 'see this component before it is published',
  'component.co-maintainer.invite':
    'invite or remove maintaining councils: it needs the editor role in a maintaining council',
  'component.co-maintainer.respond':
    'answer this invitation: it needs the editor or admin role in the invited council',
  'component.co-maintainer.leave':
    'take this council off the component: it needs the editor role in that council',
  'council.invitations.read':
    "see this council's invitations: it needs the editor or admin role in that council",
  'component.adopt': 'record how this council uses a component: officers of that council can',
  'component.ask-adopters':
    'ask the councils that use a component: it is for verified council officers',
  'procurement-group.create': 'start procurement groups for this council: it needs the editor role',
  'procurement-group.manage':
    "manage this procurement group: it needs the editor role in the group's lead council",
  'procurement-group.edit':
    "change this group's details: it needs the editor role in the group's lead council",
  'procurement-group.document.remove':
    'remove this document: it needs the editor role in the council that shared it, or in the lead council',
  'procurement-group.express-interest': 'express interest for this council',
  'procurement-group.commit':
    'commit this council to the group: it needs the editor role in your council',
  'procurement-group.withdraw':
    "withdraw this council's commitment: it needs the editor role in your council",
  'procurement-group.read-private':
    "see this group's discussion and documents: they are for member councils only",
  'contract-buyer.decide':
    'see or decide which council a public contract’s buyer is: it is for platform admins',
  'follow.manage-own': 'follow things: sign in first',
  'follow.change': 'change this follow: it is another account’s',
  'notification.read-own': 'see notifications: sign in first',
  'notification.mark-read': 'mark this notification read: it is another account’s',
  'email-preferences.manage-own': 'change your email preferences: sign in first',
  'question.ask':
    'ask this question: it is for signed-in people outside the councils it is put to (ask your colleagues directly)',
  'question.answer': 'answer this question: it is for officers of the councils it was put to',
  'question.read-officers-only': 'see this question: it is for verified council officers',
  'question.list-council': "see this council's questions: they are for its officers",
  'ambition.read-private':
    "see this council's digital ambition map: it is private to the council's officers until its admins publish it",
  'ambition.edit':
    "change this council's digital ambition map: it needs the editor or admin role in that council",
  'ambition.publish':
    "publish or unpublish this council's digital ambition map: it needs the admin role in that council",
};

/**
 * The one place that decides who may do what. Pure: no I/O, easy to test.
 * Each area's rules are a group below; this entry point routes every action to
 * its group, and the switch is exhaustive, so a new action must be routed here.
 */
export function decide(actor: Actor, request: PolicyRequest): Decision {
  if (!actor.userId) return deny('not signed in');
  switch (request.action) {
    case 'account.manage-self':
    case 'council.members.read':
    case 'council.members.change-role':
    case 'council.members.remove':
    case 'council.domains.manage':
    case 'sso.manage':
    case 'audit.read':
    case 'officer-content.read':
    case 'council.invitations.read':
      return decideAccountAndCouncil(actor, request);
    case 'council-contacts.read':
    case 'access-request.council-domain.ask':
    case 'access-request.council-role.ask':
    case 'access-request.decide':
    case 'access-request.list-council':
    case 'access-request.list-platform':
      return decideAccessRequest(actor, request);
    case 'case-study.create':
    case 'case-study.edit':
    case 'case-study.read-unpublished':
    case 'case-study.record-actuals':
      return decideCaseStudy(actor, request);
    case 'case-study.co-author.invite':
    case 'case-study.co-author.respond':
    case 'case-study.co-author.leave':
    case 'component.co-maintainer.invite':
    case 'component.co-maintainer.respond':
    case 'component.co-maintainer.leave':
      return decideSharedAuthorship(actor, request);
    case 'supplier.create':
    case 'supplier.moderate':
    case 'supplier-experience.write':
    case 'supplier-experience.read-unpublished':
    case 'supplier-experience.moderate':
    case 'supplier-experience.raise-concern':
      return decideSupplier(actor, request);
    case 'component.create':
    case 'component.edit':
    case 'component.read-unpublished':
    case 'component.adopt':
    case 'component.ask-adopters':
      return decideComponent(actor, request);
    case 'procurement-group.create':
    case 'procurement-group.commit':
    case 'procurement-group.manage':
    case 'procurement-group.edit':
    case 'procurement-group.document.remove':
    case 'procurement-group.express-interest':
    case 'procurement-group.withdraw':
    case 'procurement-group.read-private':
      return decideProcurementGroup(actor, request);
    case 'contract-buyer.decide':
      return decideContractBuyer(actor);
    case 'follow.manage-own':
    case 'follow.change':
    case 'notification.read-own':
    case 'notification.mark-read':
    case 'email-preferences.manage-own':
      return decideFollowing(actor, request);
    case 'question.ask':
    case 'question.answer':
    case 'question.read-officers-only':
    case 'question.list-council':
      return decideQuestion(actor, request);
    case 'ambition.read-private':
    case 'ambition.edit':
    case 'ambition.publish':
      return decideAmbition(actor, request);
  }
}
