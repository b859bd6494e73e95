import { type Actor, councilRoleAtLeast, PolicyService } from '@lgx/api/core/auth';
import { groupDetailsEditable, isGroupEnded, isGroupOpenToJoin } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';

import type { ProcurementGroupEntity } from './procurement-group.entity';
import { todayIso } from './procurement-group.rules';
import {
  isMemberStatus,
  type MemberStatus,
  type ProcurementGroupMemberEntity,
} from './procurement-group-member.entity';

/** What the viewer's council is, and may do, in a group. */
export interface ViewerPlace {
  status: MemberStatus | null;
  isMember: boolean;
  canManage: boolean;
  canEdit: boolean;
  canExpressInterest: boolean;
  canCommit: boolean;
  canWithdraw: boolean;
}

/**
 * What the viewer's council is, and may do, in a group (the GroupViewer field):
 * read only, from the group, its memberships and the policy. The changes are
 * ProcurementGroupMembershipService's.
 */
@Injectable()
export class ProcurementGroupViewerService {
  constructor(private readonly policy: PolicyService) {}

  /** What the viewer's council is, and may do, in the group. */
  viewerPlace(
    actor: Actor,
    group: ProcurementGroupEntity,
    memberships: ProcurementGroupMemberEntity[],
  ): ViewerPlace {
    const code = actor.council?.code;
    const status = memberships.find((m) => m.councilCode === code)?.status ?? null;
    const isMember = status !== null && isMemberStatus(status);
    const open = isGroupOpenToJoin(group.stage);
    const interestOpen =
      (group.interestClosesOn !== null && todayIso() <= group.interestClosesOn) ||
      status === 'INVITED';
    const editor = Boolean(code) && councilRoleAtLeast(actor.council?.role, 'EDITOR');
    // A sample group does not change on LGX (ProcurementGroupService.lock refuses it).
    if (group.isSample)
      return {
        status,
        isMember,
        canManage: false,
        canEdit: false,
        canExpressInterest: false,
        canCommit: false,
        canWithdraw: false,
      };
    return {
      status,
      isMember,
      canManage: this.policy.can(actor, {
        action: 'procurement-group.manage',
        leadCouncilCode: group.leadCouncilCode,
      }),
      canEdit:
        groupDetailsEditable(group.stage) !== 'none' &&
        this.policy.can(actor, {
          action: 'procurement-group.edit',
          leadCouncilCode: group.leadCouncilCode,
        }),
      canExpressInterest:
        Boolean(code) &&
        open &&
        interestOpen &&
        (status === null || status === 'INVITED' || status === 'WITHDRAWN'),
      canCommit:
        editor &&
        open &&
        (isMember || (interestOpen && (group.visibility === 'OPEN' || status === 'INVITED'))),
      canWithdraw:
        status !== null &&
        ['INVITED', 'REQUESTED', 'INTERESTED', 'COMMITTED'].includes(status) &&
        code !== group.leadCouncilCode &&
        !isGroupEnded(group.stage) &&
        group.stage !== 'AWARDED' &&
        (status !== 'COMMITTED' || editor),
    };
  }
}
