import { CouncilEntity } from '@lgx/api/core/councils';
import { type SearchDocument, type SearchSource, SearchSourceRegistry } from '@lgx/api/core/search';
import { COUNCIL_TYPES, councilShortNames, labelOf } from '@lgx/shared/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';

import { COUNCIL_SEARCH } from './council-search.definition';

const numberFormat = new Intl.NumberFormat('en-GB');

/** The search document of a register row: public, with geography facets and a point for "near". */
export function councilDocument(council: CouncilEntity): SearchDocument {
  const { shortForms, everydayNames } = councilShortNames(council.code);
  const typeName = labelOf(COUNCIL_TYPES, council.typeCode) ?? council.typeCode;
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
    // The names searched first: what people call the council ("Hull", "Kingston"), the
    // place alone ("Lincoln" for "City of Lincoln"), its short forms (RBWM, Notts).
    everydayNames: [...everydayNames],
    placeName: placeName(council.niceName),
    shortForms: [...shortForms],
    altNames: council.altNames ?? undefined,
    code: council.code,
    gssCode: council.gssCode ?? undefined,
    population: council.population ?? undefined,
    isCurrent: council.isCurrent,
    // Ranking: a current council before a former one of the same name; among
    // equally good matches the shorter name, the nearer to what was typed
    // (Nottingham before Nottinghamshire for "Nottinghm").
    currentRank: council.isCurrent ? 1 : 0,
    nameLength: placeName(council.niceName).length,
  };
}

/** The place a council is named after: "City of Lincoln" and "Aberdeen City" are Lincoln and Aberdeen. */
export function placeName(niceName: string): string {
  return niceName
    .trim()
    .replace(/^(city of|county|the)\s+/i, '')
    .replace(/\s+city$/i, '');
}

/** Feeds the council register to search. */
@Injectable()
export class CouncilSearchSource implements SearchSource, OnModuleInit {
  readonly definition = COUNCIL_SEARCH;

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
