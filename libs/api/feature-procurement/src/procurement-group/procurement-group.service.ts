import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { LgxEvents } from '@lgx/api/core/contracts';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import {
  canMoveGroup,
  cpvDivision,
  cpvProblem,
  GROUP_STAGES,
  groupDetailsEditable,
  type GroupStage,
  isGroupStage,
  SEARCH_MAX_QUERY_LENGTH,
  stageMoveProblems,
  stageNeedsReason,
} from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { ProcurementGroupEntity } from './procurement-group.entity';
import {
  badStageMove,
  fieldProblem,
  groupNotFound,
  invalidInput,
  notNow,
  sampleContent,
} from './procurement-group.errors';
import {
  checkGroup,
  checkGroupChange,
  GROUP_DETAILS,
  type GroupFields,
  type GroupValues,
} from './procurement-group.rules';
import { MEMBER_STATUSES, ProcurementGroupMemberEntity } from './procurement-group-member.entity';
import { ProcurementGroupNotificationService } from './procurement-group-notification.service';
import { ProcurementGroupStageChangeEntity } from './procurement-group-stage-change.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GroupFilter {
  stages?: GroupStage[] | null;
  cpvCode?: string | null;
  search?: string | null;
  mine?: boolean | null;
}

/** Procurement groups: starting one, reading and listing them, and their lifecycle. */
@Injectable()
export class ProcurementGroupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly notifications: ProcurementGroupNotificationService,
    private readonly events: LgxEvents,
  ) {}

  /** Members and followers hear of it (issue 17), in the transaction of the change. */
  async recordChange(
    manager: EntityManager,
    groupId: string,
    change: 'stage' | 'joined' | 'document',
    subjectId: string,
  ): Promise<void> {
    await this.events.record(manager, { type: 'group.changed', groupId, change, subjectId });
  }

  /** A group led by the actor's council, which joins it as its first member. */
  async create(actor: Actor, input: GroupFields): Promise<ProcurementGroupEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'procurement-group.create', councilCode });
    const { problems, values } = checkGroup(input);
    if (problems.length > 0) throw invalidInput(problems);
    return this.dataSource.transaction(async (manager) => {
      const group = await manager.getRepository(ProcurementGroupEntity).save({
        ...values,
        leadCouncilCode: councilCode,
        stage: 'FORMING' as const,
        createdBy: actor.userId ?? null,
      });
      await manager.getRepository(ProcurementGroupMemberEntity).insert({
        groupId: group.id,
        councilCode,
        status: 'INTERESTED',
        updatedBy: actor.userId ?? null,
      });
      await this.audit.record(
        {
          action: 'procurement-group.create',
          outcome: 'success',
          target: { type: 'procurement_group', id: group.id },
        },
        manager,
      );
      return group;
    });
  }

  /**
   * Changes a group's details, checked as at its start, by the lead council's
   * editors: every detail before tender, only the title and need after, nothing
   * once ended. Members are told by email what changed.
   */
  async update(actor: Actor, id: string, input: GroupFields): Promise<ProcurementGroupEntity> {
    const { group, changed } = await this.dataSource.transaction(async (manager) => {
      const group = await this.lock(actor, id, manager);
      await this.policy.authorize(actor, {
        action: 'procurement-group.edit',
        leadCouncilCode: group.leadCouncilCode,
      });
      if (groupDetailsEditable(group.stage) === 'none')
        throw notNow(
          `This group is ${GROUP_STAGES[group.stage].toLowerCase()}, so its details can no longer change.`,
        );
      const current = Object.fromEntries(
        (Object.keys(GROUP_DETAILS) as (keyof GroupValues)[]).map((key) => [key, group[key]]),
      ) as unknown as GroupValues;
      const { problems, values, changed } = checkGroupChange(input, current, group.stage);
      if (problems.length > 0) throw invalidInput(problems);
      if (changed.length === 0) return { group, changed };
      // The row's update is what puts the group in the search outbox.
      const saved = await manager
        .getRepository(ProcurementGroupEntity)
        .save(Object.assign(group, values));
      await this.audit.record(
        {
          action: 'procurement-group.update',
          outcome: 'success',
          target: { type: 'procurement_group', id: group.id },
          details: { fields: changed.map((key) => GROUP_DETAILS[key].field) },
        },
        manager,
      );
      return { group: saved, changed };
    });
    if (changed.length > 0) {
      const names = changed.map((key) => GROUP_DETAILS[key].name);
      const list =
        names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
      void this.notifications.notifyMembers(group.id, `${group.title}: details changed`, [
        `The lead council has changed ${list} of the procurement group "${group.title}".`,
      ]);
    }
    return group;
  }

  /**
   * A group by id, for any verified officer (the resolvers require one): an
   * invite-only group is not listed or found in search by others, but its
   * summary opens from a shared link so a council can ask to join.
   */
  async get(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProcurementGroupEntity> {
    if (!UUID.test(id) || !this.policy.can(actor, { action: 'officer-content.read' }))
      throw groupNotFound();
    const group = await manager.getRepository(ProcurementGroupEntity).findOneBy({ id });
    if (!group) throw groupNotFound();
    return group;
  }

  /** Open groups, and invite-only ones the viewer's council has a place in; newest first. */
  async list(
    actor: Actor,
    filter: GroupFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<ProcurementGroupEntity>> {
    const size = pageSize(first);
    const council = actor.council?.code ?? '';
    const query = this.dataSource
      .getRepository(ProcurementGroupEntity)
      .createQueryBuilder('g')
      .where(
        `(g.visibility = 'OPEN' OR EXISTS (SELECT 1 FROM procurement_group_member m WHERE m.group_id = g.id AND m.council_code = :council AND m.status <> 'DECLINED'))`,
        { council },
      );
    if (filter?.mine)
      query.andWhere(
        `EXISTS (SELECT 1 FROM procurement_group_member m WHERE m.group_id = g.id AND m.council_code = :council AND m.status IN ('INVITED', 'REQUESTED', 'INTERESTED', 'COMMITTED'))`,
        { council },
      );
    if (filter?.stages?.length) {
      const unknown = filter.stages.filter((stage) => !isGroupStage(stage));
      if (unknown.length > 0) throw fieldProblem('filter.stages', 'Choose known stages');
      query.andWhere('g.stage IN (:...stages)', { stages: filter.stages });
    }
    if (filter?.cpvCode?.trim()) {
      const problem = cpvProblem(filter.cpvCode);
      if (problem) throw fieldProblem('filter.cpvCode', problem);
      query.andWhere('left(g.cpvCode, 2) = :division', { division: cpvDivision(filter.cpvCode) });
    }
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > SEARCH_MAX_QUERY_LENGTH)
        throw fieldProblem(
          'filter.search',
          `Search for ${SEARCH_MAX_QUERY_LENGTH} characters or fewer`,
        );
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(g.title ILIKE :pattern OR g.need ILIKE :pattern)', { pattern });
    }
    const totalCount = await query.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['timestamp', 'uuid'] as const);
      query.andWhere('(g.createdAt, g.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('g.createdAt', 'DESC')
      .addOrderBy('g.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount, (group) =>
      encodeCursor([group.createdAt.toISOString(), group.id]),
    );
  }

  /** Moves the group along its lifecycle, if the move is allowed, recording who, when and why. */
  async moveStage(
    actor: Actor,
    input: { groupId: string; to: GroupStage; note?: string | null; reason?: string | null },
  ): Promise<ProcurementGroupEntity> {
    const note = input.note?.trim() ?? '';
    const reason = input.reason?.trim() ?? '';
    const { group, from } = await this.dataSource.transaction(async (manager) => {
      const group = await this.lock(actor, input.groupId, manager);
      await this.policy.authorize(actor, {
        action: 'procurement-group.manage',
        leadCouncilCode: group.leadCouncilCode,
      });
      const from = group.stage;
      if (!isGroupStage(input.to) || !canMoveGroup(from, input.to))
        throw badStageMove(from, input.to);
      const problems = stageMoveProblems({ to: input.to, note, reason });
      if (problems.length > 0) throw invalidInput(problems);
      group.stage = input.to;
      if (stageNeedsReason(input.to)) group.endReason = reason;
      const saved = await manager.getRepository(ProcurementGroupEntity).save(group);
      await manager.getRepository(ProcurementGroupStageChangeEntity).insert({
        groupId: group.id,
        fromStage: from,
        toStage: input.to,
        note: stageNeedsReason(input.to) ? [note, reason].filter(Boolean).join('\n\n') : note,
        changedBy: actor.userId ?? null,
        changedByName: await this.nameOf(actor, manager),
        changedByCouncilCode: actor.council!.code,
      });
      await this.audit.record(
        {
          action: 'procurement-group.stage',
          outcome: 'success',
          target: { type: 'procurement_group', id: group.id },
          details: { from, to: input.to },
        },
        manager,
      );
      await this.recordChange(manager, group.id, 'stage', input.to);
      return { group: saved, from };
    });
    void this.notifications.notifyMembers(
      group.id,
      `${group.title}: now ${GROUP_STAGES[group.stage].toLowerCase()}`,
      [
        `The procurement group "${group.title}" has moved from ${GROUP_STAGES[from].toLowerCase()} to ${GROUP_STAGES[group.stage].toLowerCase()}.`,
        ...(note ? ['', note] : []),
        ...(group.endReason && stageNeedsReason(group.stage)
          ? ['', `Reason: ${group.endReason}`]
          : []),
      ],
    );
    return group;
  }

  /**
   * A group's stage changes, oldest first. An invite-only group's page opens
   * for any officer from a shared link, but its history (notes, who moved it)
   * is for its member councils only: others get none.
   */
  async history(actor: Actor, groupId: string): Promise<ProcurementGroupStageChangeEntity[]> {
    const group = await this.get(actor, groupId);
    if (
      group.visibility === 'INVITE_ONLY' &&
      !this.readsPrivate(actor, await this.memberships(group.id))
    )
      return [];
    return this.dataSource
      .getRepository(ProcurementGroupStageChangeEntity)
      .find({ where: { groupId }, order: { changedAt: 'ASC' } });
  }

  /** Every membership row of a group (any status). */
  memberships(groupId: string, manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(ProcurementGroupMemberEntity)
      .find({ where: { groupId }, order: { createdAt: 'ASC' } });
  }

  /** Codes of the councils that are members (interested or committed). */
  async memberCouncilCodes(groupId: string): Promise<string[]> {
    return (await this.memberships(groupId))
      .filter((m) => MEMBER_STATUSES.includes(m.status))
      .map((m) => m.councilCode);
  }

  /**
   * Whether the actor sees the group's private figures (each commitment, and
   * demand totals resting on fewer than 3 councils): officers of member councils.
   */
  readsPrivate(actor: Actor, memberships: ProcurementGroupMemberEntity[]): boolean {
    return this.policy.can(actor, {
      action: 'procurement-group.read-private',
      memberCouncilCodes: memberships
        .filter((m) => MEMBER_STATUSES.includes(m.status))
        .map((m) => m.councilCode),
    });
  }

  /** Refuses (and audits) unless the actor is an officer of a member council. */
  async authorizeMember(actor: Actor, group: ProcurementGroupEntity): Promise<void> {
    await this.policy.authorize(actor, {
      action: 'procurement-group.read-private',
      memberCouncilCodes: await this.memberCouncilCodes(group.id),
    });
  }

  /**
   * The group, locked for a change in this transaction. Every change to a
   * group or its members comes through here, so a sample group (written from
   * a public source, not run on LGX) is refused here, whoever asks.
   */
  async lock(actor: Actor, id: string, manager: EntityManager): Promise<ProcurementGroupEntity> {
    // Through the transaction's own connection: a second one, taken while this
    // transaction holds the first, starves the pool under parallel changes.
    await this.get(actor, id, manager);
    const group = await manager
      .getRepository(ProcurementGroupEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!group) throw groupNotFound();
    if (group.isSample)
      throw sampleContent(
        'This group is sample content, written for LGX from a public source: it does not change on LGX. Start a group of your own to work with other councils.',
      );
    return group;
  }

  /** The name a person goes by, for histories and posts. */
  async nameOf(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<string> {
    if (!actor.userId) return 'Someone';
    const [row] = await manager.query(`SELECT name FROM account WHERE id = $1`, [actor.userId]);
    return (row?.name as string | undefined) ?? 'Someone';
  }
}
