import { QuestionSubjects } from '@lgx/api/core/contracts';
import { CouncilEntity } from '@lgx/api/core/councils';
import {
  EntitySearchSource,
  type SearchDocument,
  SearchSourceRegistry,
} from '@lgx/api/core/search';
import {
  addMonths,
  COMPONENT_KINDS,
  COMPONENT_MATURITIES,
  COMPONENT_STANDARDS,
  labelOf,
  type LabelTable,
  SERVICE_AREAS,
  STALE_AFTER_MONTHS,
  TECHNOLOGIES,
} from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { ComponentEntity } from './component.entity';
import { componentMarkdown } from './component.view';
import { COMPONENT_SEARCH } from './component-search.definition';

const label = (labels: LabelTable) => (key: string) => labelOf(labels, key) ?? key;

/**
 * When a component becomes possibly stale (unix seconds), so that results
 * can say so at the time of the search; never for a retired one.
 */
function staleFrom(component: ComponentEntity): number | undefined {
  if (component.maturity === 'RETIRED') return undefined;
  return Math.floor(addMonths(component.maintainedAt, STALE_AFTER_MONTHS).getTime() / 1000);
}

/**
 * A component's search document: published ones are public, drafts visible
 * only to their maintaining councils. The adoption count (evaluating or in
 * use) sorts "most adopted"; recording an adoption updates the component row,
 * which queues it here through the outbox trigger. Results show the count and
 * whether the component is possibly stale (IndexDefinition.hitAttributes).
 */
export function componentDocument(
  component: ComponentEntity,
  maintainers: CouncilEntity[],
): SearchDocument {
  const lead = maintainers[0];
  return {
    id: component.id,
    type: 'component',
    title: component.name,
    titleSort: component.name.toLowerCase(),
    summary: component.summary,
    body: componentMarkdown(component).slice(0, 20_000),
    url: `/components/${component.id}`,
    visibility: component.status === 'PUBLISHED' ? 'public' : 'council',
    councilCodes: component.maintainingCouncilCodes,
    groupIds: [],
    councilCode: lead?.code,
    councilName: lead?.niceName,
    nation: lead?.nation,
    region: lead?.region ?? undefined,
    councilType: lead?.typeCode,
    category: label(COMPONENT_KINDS)(component.kind),
    licence: component.licence,
    maturity: label(COMPONENT_MATURITIES)(component.maturity),
    serviceAreas: component.serviceAreas.map(label(SERVICE_AREAS)),
    technologies: component.technologies.map(label(TECHNOLOGIES)),
    standards: component.standards.map(label(COMPONENT_STANDARDS)),
    maintainers: maintainers.map((council) => council.niceName),
    adoptionCount: component.adoptionCount,
    staleFrom: staleFrom(component),
    isSample: component.isSample,
    publishedAt: component.publishedAt
      ? Math.floor(component.publishedAt.getTime() / 1000)
      : undefined,
  };
}

@Injectable()
export class ComponentSearchSource extends EntitySearchSource<ComponentEntity> {
  readonly definition = COMPONENT_SEARCH;

  constructor(
    @InjectDataSource() db: DataSource,
    registry: SearchSourceRegistry,
    private readonly questions: QuestionSubjects,
  ) {
    super(db, registry);
  }

  protected rows(ids: string[]): Promise<ComponentEntity[]> {
    return this.db.getRepository(ComponentEntity).findBy({ id: In(ids) });
  }

  protected page(skip: number, take: number): Promise<ComponentEntity[]> {
    return this.db.getRepository(ComponentEntity).find({ order: { id: 'ASC' }, skip, take });
  }

  protected async documents(
    components: ComponentEntity[],
  ): Promise<Map<string, SearchDocument | null>> {
    const councils = await this.db.getRepository(CouncilEntity).findBy({
      code: In([...new Set(components.flatMap((c) => c.maintainingCouncilCodes))]),
    });
    const byCode = new Map(councils.map((council) => [council.code, council]));
    // Public questions and answers are found with their component (decision 0047).
    const documents = new Map<string, SearchDocument | null>(
      components.map((component) => [
        component.id,
        componentDocument(
          component,
          component.maintainingCouncilCodes
            .map((code) => byCode.get(code))
            .filter((council): council is CouncilEntity => Boolean(council)),
        ),
      ]),
    );
    return this.questions.withPublicQuestions('component', documents);
  }
}
