import { CouncilEntity } from '@lgx/api/core/councils';
import {
  EntitySearchSource,
  ReaderGroupsRegistry,
  type SearchDocument,
  SearchSourceRegistry,
} from '@lgx/api/core/search';
import { findCpv, GROUP_STAGES } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { ProcurementGroupEntity } from './procurement-group.entity';
import { aggregateDemand, demandForReader } from './procurement-group-demand';
import { isMemberStatus, ProcurementGroupMemberEntity } from './procurement-group-member.entity';
import { ProcurementGroupMembershipService } from './procurement-group-membership.service';
import { PROCUREMENT_GROUP_SEARCH } from './procurement-group-search.definition';

/**
 * A group's search document. Open groups are for verified officers; an
 * invite-only group is found only by officers of its member councils.
 * Commitments, the discussion and documents are never indexed, and the
 * member count and regions only as councils outside the group see them
 * (`demandForReader`): none while they rest on fewer than 3 councils, so no
 * facet, sort or count tells more than the group page does.
 */
export function procurementGroupDocument(
  group: ProcurementGroupEntity,
  councils: Map<string, CouncilEntity>,
  members: Pick<ProcurementGroupMemberEntity, 'councilCode' | 'status'>[],
): SearchDocument {
  const lead = councils.get(group.leadCouncilCode);
  const demand = demandForReader(
    aggregateDemand(
      members.map((m) => ({ ...m, estimatedValuePence: null })),
      new Map(
        [...councils].map(([code, c]) => [
          code,
          { population: null, region: c.region, nation: c.nation },
        ]),
      ),
      null,
    ),
    false,
  );
  return {
    id: group.id,
    type: 'procurement_group',
    title: group.title,
    titleSort: group.title.toLowerCase(),
    summary: group.need.length > 300 ? `${group.need.slice(0, 297)}...` : group.need,
    body: group.need,
    need: group.need,
    url: `/procurement-groups/${group.id}`,
    visibility: group.visibility === 'OPEN' ? 'officers' : 'group',
    councilCodes: [group.leadCouncilCode],
    groupIds: group.visibility === 'OPEN' ? [] : [group.id],
    councilCode: group.leadCouncilCode,
    councilName: lead?.niceName,
    nation: lead?.nation,
    region: lead?.region ?? undefined,
    councilType: lead?.typeCode,
    category: findCpv(group.cpvCode)?.label ?? group.cpvCode,
    cpvCode: group.cpvCode,
    stage: GROUP_STAGES[group.stage],
    regions: demand.regions ?? [],
    ...(demand.memberCount === null ? {} : { membersCount: demand.memberCount }),
    isSample: group.isSample,
    publishedAt: Math.floor(group.createdAt.getTime() / 1000),
  };
}

@Injectable()
export class ProcurementGroupSearchSource extends EntitySearchSource<ProcurementGroupEntity> {
  readonly definition = PROCUREMENT_GROUP_SEARCH;

  constructor(
    @InjectDataSource() db: DataSource,
    registry: SearchSourceRegistry,
    private readonly readerGroups: ReaderGroupsRegistry,
    private readonly membership: ProcurementGroupMembershipService,
  ) {
    super(db, registry);
  }

  override onModuleInit(): void {
    super.onModuleInit();
    this.readerGroups.register((councilCode) => this.membership.groupIdsOf(councilCode));
  }

  protected rows(ids: string[]): Promise<ProcurementGroupEntity[]> {
    return this.db.getRepository(ProcurementGroupEntity).findBy({ id: In(ids) });
  }

  protected page(skip: number, take: number): Promise<ProcurementGroupEntity[]> {
    return this.db.getRepository(ProcurementGroupEntity).find({ order: { id: 'ASC' }, skip, take });
  }

  protected async documents(
    groups: ProcurementGroupEntity[],
  ): Promise<Map<string, SearchDocument>> {
    if (groups.length === 0) return new Map();
    const members = (
      await this.db
        .getRepository(ProcurementGroupMemberEntity)
        .findBy({ groupId: In(groups.map((g) => g.id)) })
    ).filter((m) => isMemberStatus(m.status));
    const codes = new Set([
      ...groups.map((g) => g.leadCouncilCode),
      ...members.map((m) => m.councilCode),
    ]);
    const councils = new Map(
      (await this.db.getRepository(CouncilEntity).findBy({ code: In([...codes]) })).map((c) => [
        c.code,
        c,
      ]),
    );
    return new Map(
      groups.map((group) => [
        group.id,
        procurementGroupDocument(
          group,
          councils,
          members.filter((m) => m.groupId === group.id),
        ),
      ]),
    );
  }
}
