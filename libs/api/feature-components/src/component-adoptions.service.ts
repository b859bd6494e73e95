import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { ADOPTION_STATUSES, isCalendarDate, isOneOf } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';

import { ComponentEntity } from './component.entity';
import { ComponentAdoptionEntity } from './component-adoption.entity';
import type { FieldProblem } from './component-input';
import { invalidComponent, notAdoptable } from './components.errors';
import { ComponentsService } from './components.service';

export interface AdoptionFields {
  status: string;
  startedOn?: string | null;
  stoppedOn?: string | null;
  note?: string | null;
  caseStudyId?: string | null;
  contactOptIn?: boolean | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an adoption record; every problem by field. */
export function checkAdoption(input: AdoptionFields, today = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isOneOf(ADOPTION_STATUSES, input.status))
    problems.push({ field: 'status', message: 'Choose evaluating, in use or stopped using' });
  const todayText = today.toISOString().slice(0, 10);
  for (const [field, label] of [
    ['startedOn', 'date your council started'],
    ['stoppedOn', 'date your council stopped'],
  ] as const) {
    const value = input[field];
    if (!value) continue;
    if (!isCalendarDate(value))
      problems.push({ field, message: `Enter the ${label} as a real date, like 2024-04-01` });
    else if (value > todayText)
      problems.push({ field, message: `The ${label} must be today or in the past` });
  }
  if (input.stoppedOn && input.status !== 'STOPPED')
    problems.push({
      field: 'stoppedOn',
      message: 'Only give a stop date when your council stopped using it',
    });
  else if (
    isCalendarDate(input.startedOn) &&
    isCalendarDate(input.stoppedOn) &&
    input.stoppedOn < input.startedOn
  )
    problems.push({
      field: 'stoppedOn',
      message: 'The stop date must be on or after the start date',
    });
  if ((input.note ?? '').length > 2_000)
    problems.push({ field: 'note', message: 'The note must be 2,000 characters or fewer' });
  if (input.caseStudyId && !UUID.test(input.caseStudyId))
    problems.push({ field: 'caseStudyId', message: 'Choose a case study from the list' });
  return problems;
}

/** Counted as adopting for "most adopted": evaluating or in use. */
const COUNTED = ['EVALUATING', 'IN_USE'];

/** Who uses which component, recorded by each council's own officers. */
@Injectable()
export class ComponentAdoptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly components: ComponentsService,
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
