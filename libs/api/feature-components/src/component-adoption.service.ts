import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';

import { ComponentEntity } from './component.entity';
import { invalidComponent, notAdoptable } from './component.errors';
import { ComponentService } from './component.service';
import { ComponentAdoptionEntity } from './component-adoption.entity';
import { type AdoptionFields, checkAdoption } from './component-adoption.rules';

/** Counted as adopting for "most adopted": evaluating or in use. */
const COUNTED = ['EVALUATING', 'IN_USE'];

/** Who uses which component, recorded by each council's own officers. */
@Injectable()
export class ComponentAdoptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly components: ComponentService,
  ) {}

  /** Records (or changes) how the actor's council uses a published component. */
  async record(
    actor: Actor,
    componentId: string,
    input: AdoptionFields,
  ): Promise<ComponentAdoptionEntity> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'component.adopt', councilCode });
    const problems = checkAdoption(input);
    if (problems.length > 0) throw invalidComponent(problems);
    return this.dataSource.transaction(async (manager) => {
      const component = await this.lockPublished(actor, componentId, manager);
      if (input.caseStudyId) await this.checkCaseStudy(manager, input.caseStudyId, councilCode);
      const repository = manager.getRepository(ComponentAdoptionEntity);
      const existing = await repository.findOneBy({ componentId: component.id, councilCode });
      const saved = await repository.save({
        ...(existing ?? {}),
        componentId: component.id,
        councilCode,
        status: input.status,
        startedOn: input.startedOn || null,
        stoppedOn: input.status === 'STOPPED' ? input.stoppedOn || null : null,
        note: input.note?.trim() || null,
        caseStudyId: input.caseStudyId || null,
        recordedBy: actor.userId ?? null,
        contactOptIn: Boolean(input.contactOptIn),
      });
      await this.recount(manager, component.id);
      return saved;
    });
  }

  async remove(actor: Actor, componentId: string): Promise<void> {
    const councilCode = actor.council?.code ?? '';
    await this.policy.authorize(actor, { action: 'component.adopt', councilCode });
    await this.dataSource.transaction(async (manager) => {
      const component = await this.lockPublished(actor, componentId, manager);
      await manager
        .getRepository(ComponentAdoptionEntity)
        .delete({ componentId: component.id, councilCode });
      await this.recount(manager, component.id);
    });
  }

  /** Adoptions of components, newest change first. */
  async forComponents(componentIds: string[]): Promise<ComponentAdoptionEntity[]> {
    if (componentIds.length === 0) return [];
    return this.dataSource.getRepository(ComponentAdoptionEntity).find({
      where: { componentId: In(componentIds) },
      order: { updatedAt: 'DESC' },
      take: 1_000,
    });
  }

  async forCouncil(councilCode: string): Promise<ComponentAdoptionEntity[]> {
    return this.dataSource
      .getRepository(ComponentAdoptionEntity)
      .find({ where: { councilCode }, order: { updatedAt: 'DESC' }, take: 200 });
  }

  /** The centres of current councils, for the background of adoption maps. */
  async councilMapPoints(): Promise<{ latitude: number; longitude: number }[]> {
    const rows: { latitude: string | number; longitude: string | number }[] =
      await this.dataSource.query(
        `SELECT latitude, longitude FROM council
          WHERE is_current AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY code`,
      );
    return rows.map((row) => ({
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
    }));
  }

  /** Published components a council uses or evaluates. */
  async usedBy(councilCode: string): Promise<ComponentEntity[]> {
    return this.dataSource
      .getRepository(ComponentEntity)
      .createQueryBuilder('component')
      .innerJoin(ComponentAdoptionEntity, 'adoption', 'adoption.component_id = component.id')
      .where('adoption.council_code = :councilCode', { councilCode })
      .andWhere('adoption.status IN (:...statuses)', { statuses: COUNTED })
      .andWhere(`component.status = 'PUBLISHED'`)
      .orderBy('component.name', 'ASC')
      .take(200)
      .getMany();
  }

  private async lockPublished(
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<ComponentEntity> {
    const component = await this.components.lockReadable(actor, id, manager);
    if (component.status !== 'PUBLISHED') throw notAdoptable();
    return component;
  }

  /** A linked case study must be published, and be by the adopting council (lead or co-author). */
  private async checkCaseStudy(
    manager: EntityManager,
    caseStudyId: string,
    councilCode: string,
  ): Promise<void> {
    const [study] = await manager.query(
      `SELECT status FROM case_study
        WHERE id = $1 AND (lead_council_code = $2 OR $2 = ANY(co_author_council_codes))`,
      [caseStudyId, councilCode],
    );
    if (!study || study.status !== 'PUBLISHED')
      throw invalidComponent([
        {
          field: 'caseStudyId',
          message: "Choose one of your council's published case studies",
        },
      ]);
  }

  /** Keeps the count on the component, which also queues it for the search index (outbox trigger). */
  private async recount(manager: EntityManager, componentId: string): Promise<void> {
    await manager.query(
      `UPDATE component SET adoption_count = (
         SELECT count(*)::int FROM component_adoption WHERE component_id = $1 AND status = ANY($2)
       ) WHERE id = $1`,
      [componentId, COUNTED],
    );
  }
}
