import { CouncilEntity } from '@lgx/api/core/councils';
import {
  EntitySearchSource,
  type SearchDocument,
  SearchSourceRegistry,
} from '@lgx/api/core/search';
import {
  type CouncilDescription,
  findCpv,
  labelOf,
  overallRating,
  ratingBand,
  ROUTES_TO_MARKET,
} from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { SupplierEntity } from '../supplier/supplier.entity';
import { CouncilDescriptionService } from './council-description.service';
import { ExperienceEntity } from './experience.entity';
import { SUPPLIER_EXPERIENCE_SEARCH } from './experience-search.definition';

/**
 * A published experience's search document, for verified officers only
 * (visibility "officers"); any other status leaves the index. An anonymised
 * one carries nothing that names the council (no code, name or council list)
 * and of its nation, region and type only what its description says (one that
 * fits at least 5 current councils), so no filter, facet, count or sort can
 * narrow it further than its words do.
 */
export function supplierExperienceDocument(
  experience: ExperienceEntity,
  supplier: SupplierEntity | undefined,
  council: CouncilEntity | undefined,
  description: CouncilDescription,
): SearchDocument | null {
  if (experience.status !== 'PUBLISHED' || !supplier) return null;
  const named = experience.attribution === 'NAMED' && council !== undefined;
  const attributedTo = named ? council.niceName : description.phrase;
  const place = named
    ? { nation: council.nation, region: council.region, councilType: council.typeCode }
    : { nation: description.nation, region: description.region, councilType: description.typeCode };
  const overall = overallRating([
    experience.ratingDelivery,
    experience.ratingValueForMoney,
    experience.ratingSupport,
    experience.ratingInteroperability,
    experience.ratingExitAndDataPortability,
  ])!;
  const category = findCpv(experience.cpvCode)?.label ?? experience.cpvCode;
  const title = `${supplier.name}: ${experience.product}`;
  return {
    id: experience.id,
    type: 'supplier_experience',
    title,
    titleSort: title.toLowerCase(),
    summary: `${attributedTo.charAt(0).toUpperCase()}${attributedTo.slice(1)} rated it ${overall.toFixed(1)} out of 5${experience.wouldBuyAgain ? ' and would buy it again' : ''}.`,
    body: [experience.whatWorked, experience.whatDidNotWork, experience.advice]
      .filter(Boolean)
      .join('\n\n')
      .slice(0, 15_000),
    url: `/supplier-experiences/${experience.id}`,
    visibility: 'officers',
    councilCodes: [],
    groupIds: [],
    ...(named ? { councilCode: council.code, councilName: council.niceName } : {}),
    nation: place.nation ?? undefined,
    region: place.region ?? undefined,
    councilType: place.councilType ?? undefined,
    supplier: supplier.name,
    product: experience.product,
    category,
    routeToMarket: labelOf(ROUTES_TO_MARKET, experience.routeToMarket) ?? experience.routeToMarket,
    ratingBand: ratingBand(overall),
    overallRating: Math.round(overall * 10) / 10,
    publishedAt: experience.publishedAt
      ? Math.floor(experience.publishedAt.getTime() / 1000)
      : undefined,
  };
}

@Injectable()
export class ExperienceSearchSource extends EntitySearchSource<ExperienceEntity> {
  readonly definition = SUPPLIER_EXPERIENCE_SEARCH;

  constructor(
    @InjectDataSource() db: DataSource,
    registry: SearchSourceRegistry,
    private readonly descriptions: CouncilDescriptionService,
  ) {
    super(db, registry);
  }

  protected rows(ids: string[]): Promise<ExperienceEntity[]> {
    return this.db.getRepository(ExperienceEntity).findBy({ id: In(ids) });
  }

  protected page(skip: number, take: number): Promise<ExperienceEntity[]> {
    return this.db.getRepository(ExperienceEntity).find({ order: { id: 'ASC' }, skip, take });
  }

  protected async documents(
    experiences: ExperienceEntity[],
  ): Promise<Map<string, SearchDocument | null>> {
    const suppliers = await this.db
      .getRepository(SupplierEntity)
      .findBy({ id: In([...new Set(experiences.map((e) => e.supplierId))]) });
    const councils = await this.db
      .getRepository(CouncilEntity)
      .findBy({ code: In([...new Set(experiences.map((e) => e.councilCode))]) });
    const supplierById = new Map(suppliers.map((s) => [s.id, s]));
    const councilByCode = new Map(councils.map((c) => [c.code, c]));
    const descriptions = await this.descriptions.current();
    return new Map(
      experiences.map((experience) => [
        experience.id,
        supplierExperienceDocument(
          experience,
          supplierById.get(experience.supplierId),
          councilByCode.get(experience.councilCode),
          descriptions.of(
            councilByCode.get(experience.councilCode) ?? {
              code: experience.councilCode,
              typeCode: '',
              region: null,
              nation: '',
            },
          ),
        ),
      ]),
    );
  }
}
