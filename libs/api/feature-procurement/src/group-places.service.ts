import { type Actor, councilRoleAtLeast, PolicyService } from '@lgx/api/core/auth';
import { groupDetailsEditable, isGroupEnded, isGroupOpenToJoin } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { todayIso } from './group-input';
import type { ProcurementGroupEntity } from './procurement-group.entity';
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
 * Where a council stands in groups, read only: what the viewer's council is and
 * may do in a group, and which groups a council belongs to (for search). The
 * changes are GroupMembershipService's.
 */
@Injectable()
export class GroupPlacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

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
    // A sample group does not change on LGX (ProcurementGroupsService.lock refuses it).
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

  /** Ids of the groups a council is a member of, for search. */
  async groupIdsOf(councilCode: string): Promise<string[]> {
    const rows: { group_id: string }[] = await this.dataSource.query(
      `SELECT group_id FROM procurement_group_member WHERE council_code = $1 AND status IN ('INTERESTED', 'COMMITTED')`,
      [councilCode],
    );
    return rows.map((row) => row.group_id);
  }
}
