import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilEntity } from '@lgx/api/core/councils';
import { GROUP_STAGES, isGroupEnded, isGroupOpenToJoin } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { ProcurementGroupEntity } from './procurement-group.entity';
import { fieldProblem, invalidInput, notAMember, notNow } from './procurement-group.errors';
import { checkCommitment, type CommitmentFields, todayIso } from './procurement-group.rules';
import { ProcurementGroupService } from './procurement-group.service';
import {
  isMemberStatus,
  type MemberStatus,
  ProcurementGroupMemberEntity,
} from './procurement-group-member.entity';
import { ProcurementGroupNotificationService } from './procurement-group-notification.service';

const stageWords = (group: ProcurementGroupEntity) => GROUP_STAGES[group.stage].toLowerCase();

/** Councils joining, committing to and leaving groups; the lead's invitations and answers. */
@Injectable()
export class ProcurementGroupMembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: ProcurementGroupService,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly notifications: ProcurementGroupNotificationService,
  ) {}

  /**
   * The actor's council expresses interest: it joins an open group (or one it
   * was invited to), or asks to join an invite-only one.
   */
  async expressInterest(actor: Actor, groupId: string): Promise<ProcurementGroupEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, {
      action: 'procurement-group.express-interest',
      councilCode,
    });
    const { group, joined, requested } = await this.change(
      actor,
      groupId,
      async (group, place, manager) => {
        if (place && isMemberStatus(place.status)) return { joined: false, requested: false };
        this.assertOpenToJoin(group, place?.status === 'INVITED');
        if (place?.status === 'DECLINED')
          throw notNow('The lead council has declined your council’s request to join this group.');
        const status: MemberStatus =
          group.visibility === 'OPEN' || place?.status === 'INVITED' ? 'INTERESTED' : 'REQUESTED';
        await this.save(manager, group, councilCode, place, { status }, actor);
        return {
          joined: status === 'INTERESTED',
          requested: status === 'REQUESTED' && place?.status !== 'REQUESTED',
        };
      },
    );
    if (joined) void this.announceJoin(group, councilCode, 'has joined');
    else if (requested) void this.announceRequest(group, councilCode);
    return group;
  }

  /** The actor's council commits: how much, what it is worth to it, and when it could start. */
  async commit(
    actor: Actor,
    groupId: string,
    input: CommitmentFields,
  ): Promise<ProcurementGroupEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'procurement-group.commit', councilCode });
    const { problems, values } = checkCommitment(input);
    if (problems.length > 0) throw invalidInput(problems);
    const { group, wasMember, wasCommitted } = await this.change(
      actor,
      groupId,
      async (group, place, manager) => {
        const wasMember = Boolean(place && isMemberStatus(place.status));
        if (!wasMember) {
          if (group.visibility === 'INVITE_ONLY' && place?.status !== 'INVITED')
            throw notAMember(
              'This group is invite only: ask to join first, and commit once the lead council accepts.',
            );
          this.assertOpenToJoin(group, place?.status === 'INVITED');
        } else if (!isGroupOpenToJoin(group.stage))
          throw notNow(`Commitments can no longer change: the group is ${stageWords(group)}.`);
        await this.save(
          manager,
          group,
          councilCode,
          place,
          {
            status: 'COMMITTED',
            ...values,
            committedAt: place?.status === 'COMMITTED' ? place.committedAt : new Date(),
          },
          actor,
        );
        return { wasMember, wasCommitted: place?.status === 'COMMITTED' };
      },
    );
    if (!wasMember) void this.announceJoin(group, councilCode, 'has joined and committed to');
    else if (!wasCommitted) void this.announceJoin(group, councilCode, 'has committed to');
    return group;
  }

  /** The actor's council leaves the group, or takes back its request or invitation. */
  async withdraw(actor: Actor, groupId: string): Promise<ProcurementGroupEntity> {
    const councilCode = actor.council?.code ?? '';
    const { group } = await this.change(actor, groupId, async (group, place, manager) => {
      if (!place || place.status === 'WITHDRAWN' || place.status === 'DECLINED')
        throw notAMember('Your council is not in this group.');
      if (group.leadCouncilCode === councilCode)
        throw notNow(
          'The lead council cannot withdraw. Abandon the group instead, saying why, if it will not go ahead.',
        );
      if (isGroupEnded(group.stage) || group.stage === 'AWARDED')
        throw notNow(`The group is ${stageWords(group)}: there is nothing to withdraw from.`);
      await this.policy.authorize(actor, {
        action: 'procurement-group.withdraw',
        councilCode,
        committed: place.status === 'COMMITTED',
      });
      await this.save(
        manager,
        group,
        councilCode,
        place,
        { status: 'WITHDRAWN', committedAt: null },
        actor,
      );
      return {};
    });
    return group;
  }

  /** The lead invites a council (accepting it, if it had asked to join). */
  async invite(actor: Actor, groupId: string, rawCode: string): Promise<ProcurementGroupEntity> {
    const councilCode = rawCode.trim().toUpperCase();
    const { group, joined, invitedCouncil } = await this.change(
      actor,
      groupId,
      async (group, _place, manager) => {
        await this.authorizeManage(actor, group);
        this.assertOpenToJoin(group, true);
        const council = await manager.getRepository(CouncilEntity).findOneBy({ code: councilCode });
        if (!council?.isCurrent)
          throw fieldProblem('councilCode', 'Choose a current council from the register');
        const place = await this.placeOf(manager, group.id, councilCode);
        if (place && isMemberStatus(place.status))
          throw fieldProblem('councilCode', `${council.niceName} is already a member`);
        const status: MemberStatus = place?.status === 'REQUESTED' ? 'INTERESTED' : 'INVITED';
        await this.save(manager, group, councilCode, place, { status }, actor);
        return { joined: status === 'INTERESTED', invitedCouncil: place?.status !== 'INVITED' };
      },
      false,
    );
    if (joined) void this.announceJoin(group, councilCode, 'has joined');
    else if (invitedCouncil) void this.announceInvitation(group, councilCode);
    return group;
  }

  /** The lead accepts or declines a council's request to join. */
  async answerRequest(
    actor: Actor,
    groupId: string,
    rawCode: string,
    accept: boolean,
  ): Promise<ProcurementGroupEntity> {
    const councilCode = rawCode.trim().toUpperCase();
    const { group } = await this.change(
      actor,
      groupId,
      async (group, _place, manager) => {
        await this.authorizeManage(actor, group);
        const place = await this.placeOf(manager, group.id, councilCode);
        if (place?.status !== 'REQUESTED')
          throw fieldProblem('councilCode', 'That council has not asked to join this group');
        if (accept) this.assertOpenToJoin(group, true);
        await this.save(
          manager,
          group,
          councilCode,
          place,
          { status: accept ? 'INTERESTED' : 'DECLINED' },
          actor,
        );
        return {};
      },
      false,
    );
    if (accept) void this.announceJoin(group, councilCode, 'has joined');
    return group;
  }

  /** Ids of the groups a council is a member of, for search. */
  async groupIdsOf(councilCode: string): Promise<string[]> {
    const rows: { group_id: string }[] = await this.dataSource.query(
      `SELECT group_id FROM procurement_group_member WHERE council_code = $1 AND status IN ('INTERESTED', 'COMMITTED')`,
      [councilCode],
    );
    return rows.map((row) => row.group_id);
  }

  private async authorizeManage(actor: Actor, group: ProcurementGroupEntity): Promise<void> {
    await this.policy.authorize(actor, {
      action: 'procurement-group.manage',
      leadCouncilCode: group.leadCouncilCode,
    });
  }

  /** New members are taken until tender, and interest until the closing date (unless invited). */
  private assertOpenToJoin(group: ProcurementGroupEntity, invited: boolean): void {
    if (!isGroupOpenToJoin(group.stage))
      throw notNow(`This group is no longer taking new members: it is ${stageWords(group)}.`);
    if (!invited && (group.interestClosesOn === null || todayIso() > group.interestClosesOn))
      throw notNow(
        group.interestClosesOn === null
          ? 'This group takes no expressions of interest.'
          : `Expressions of interest in this group closed on ${group.interestClosesOn}.`,
      );
  }

  /** Runs a change to the actor's council's place in a locked group, in one transaction. */
  private async change<T extends object>(
    actor: Actor,
    groupId: string,
    body: (
      group: ProcurementGroupEntity,
      place: ProcurementGroupMemberEntity | null,
      manager: EntityManager,
    ) => Promise<T>,
    needsCouncil = true,
  ): Promise<T & { group: ProcurementGroupEntity }> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groups.lock(actor, groupId, manager);
      const place =
        needsCouncil && actor.council
          ? await this.placeOf(manager, group.id, actor.council.code)
          : null;
      const result = await body(group, place, manager);
      // Touch the group so its search document (members count, regions) is refreshed.
      await manager.query(`UPDATE procurement_group SET updated_at = now() WHERE id = $1`, [
        group.id,
      ]);
      return { ...result, group };
    });
  }

  private placeOf(manager: EntityManager, groupId: string, councilCode: string) {
    return manager
      .getRepository(ProcurementGroupMemberEntity)
      .findOne({ where: { groupId, councilCode }, lock: { mode: 'pessimistic_write' } });
  }

  private async save(
    manager: EntityManager,
    group: ProcurementGroupEntity,
    councilCode: string,
    place: ProcurementGroupMemberEntity | null,
    changes: Partial<ProcurementGroupMemberEntity>,
    actor: Actor,
  ): Promise<void> {
    const repository = manager.getRepository(ProcurementGroupMemberEntity);
    const from = place?.status ?? null;
    const to = changes.status ?? from ?? 'INTERESTED';
    if (isMemberStatus(to) && !(from && isMemberStatus(from)))
      await this.groups.recordChange(manager, group.id, 'joined', councilCode);
    if (place) await repository.save({ ...place, ...changes, updatedBy: actor.userId ?? null });
    else
      await repository.insert({
        groupId: group.id,
        councilCode,
        status: 'INTERESTED',
        ...changes,
        updatedBy: actor.userId ?? null,
      });
    await this.audit.record(
      {
        action: 'procurement-group.member',
        outcome: 'success',
        target: { type: 'procurement_group', id: group.id },
        details: { councilCode, from, to: changes.status },
      },
      manager,
    );
  }

  /** The lead council's editors hear of a request to join, to answer it. */
  private async announceRequest(group: ProcurementGroupEntity, councilCode: string): Promise<void> {
    const name = await this.councilName(councilCode);
    await this.notifications.notifyCouncil(
      group.id,
      group.leadCouncilCode,
      `${name} asks to join ${group.title}`,
      [
        `${name} asks to join the invite-only procurement group "${group.title}", which your council leads.`,
        'Accept or decline the request on the group page.',
      ],
      true,
    );
  }

  /** The invited council's officers hear of the invitation. */
  private async announceInvitation(
    group: ProcurementGroupEntity,
    councilCode: string,
  ): Promise<void> {
    const lead = await this.councilName(group.leadCouncilCode);
    await this.notifications.notifyCouncil(
      group.id,
      councilCode,
      `${lead} invites your council to join ${group.title}`,
      [
        `${lead} invites your council to join the procurement group "${group.title}".`,
        'Express interest on the group page to join; an editor can commit your council.',
      ],
    );
  }

  private async councilName(code: string): Promise<string> {
    const council = await this.dataSource.getRepository(CouncilEntity).findOneBy({ code });
    return council?.niceName ?? code;
  }

  private async announceJoin(
    group: ProcurementGroupEntity,
    councilCode: string,
    verb: string,
  ): Promise<void> {
    const name = await this.councilName(councilCode);
    await this.notifications.notifyMembers(group.id, `${name} ${verb} ${group.title}`, [
      `${name} ${verb} the procurement group "${group.title}".`,
    ]);
  }
}
