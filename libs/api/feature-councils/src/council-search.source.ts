import { CouncilEntity } from '@lgx/api/core/councils';
import { type SearchDocument, type SearchSource, SearchSourceRegistry } from '@lgx/api/core/search';
import { COUNCIL_TYPES, type CouncilTypeCode } from '@lgx/shared/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';

const numberFormat = new Intl.NumberFormat('en-GB');

/** The search document of a register row: public, with geography facets and a point for "near". */
export function councilDocument(council: CouncilEntity): SearchDocument {
  const typeName = COUNCIL_TYPES[council.typeCode as CouncilTypeCode] ?? council.typeCode;
  const where = council.region ?? council.nation;
  const summary = council.isCurrent
    ? `${typeName} in ${where}${council.population ? `, population ${numberFormat.format(council.population)}` : ''}.`
    : `Former ${typeName.toLowerCase()} in ${where}${council.endDate ? `, until ${council.endDate}` : ''}.`;
  return {
    id: council.code,
    type: 'council',
    title: council.niceName,
    titleSort: council.niceName.toLowerCase(),
    summary,
    url: `/councils/${council.code}`,
    visibility: 'public',
    councilCodes: [council.code],
    groupIds: [],
    councilCode: council.code,
    councilName: council.niceName,
    nation: council.nation,
    region: council.region ?? undefined,
    councilType: council.typeCode,
    officialName: council.officialName,
    altNames: council.altNames ?? undefined,
    code: council.code,
    gssCode: council.gssCode ?? undefined,
    population: council.population ?? undefined,
    isCurrent: council.isCurrent,
  };
}

/** Feeds the council register to search. */
@Injectable()
export class CouncilSearchSource implements SearchSource, OnModuleInit {
  readonly type = 'council';

  constructor(
    @InjectRepository(CouncilEntity) private readonly councils: Repository<CouncilEntity>,
    private readonly registry: SearchSourceRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async load(ids: string[]): Promise<Map<string, SearchDocument | null>> {
    const found = await this.councils.findBy({ code: In(ids) });
    const byCode = new Map(found.map((council) => [council.code, council]));
    return new Map(ids.map((id) => [id, byCode.has(id) ? councilDocument(byCode.get(id)!) : null]));
  }

  async *all(batchSize: number): AsyncIterable<SearchDocument[]> {
    for (let skip = 0; ; skip += batchSize) {
      const batch = await this.councils.find({ order: { code: 'ASC' }, skip, take: batchSize });
      if (batch.length > 0) yield batch.map(councilDocument);
      if (batch.length < batchSize) return;
    }
  }
}
