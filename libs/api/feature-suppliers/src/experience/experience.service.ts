import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilEntity } from '@lgx/api/core/councils';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  invalidCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';

import { SupplierEntity } from '../supplier/supplier.entity';
import { invalidInput } from '../supplier/supplier.errors';
import { SupplierService } from '../supplier/supplier.service';
import { CouncilDescriptionService } from './council-description.service';
import { ExperienceEntity } from './experience.entity';
import { badTransition, experienceNotFound } from './experience.errors';
import type { SupplierExperience } from './experience.object';
import { checkExperience, type ExperienceFields } from './experience.rules';
import { toSupplierExperience } from './experience.view';
import { ModerationClock } from './moderation-clock';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Writing and reading supplier experiences: verified officers only, anonymised ones never naming the council. */
@Injectable()
export class ExperienceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly suppliers: SupplierService,
    private readonly clock: ModerationClock,
    private readonly descriptions: CouncilDescriptionService,
  ) {}

  /** A new experience of the officer's council, into the moderation queue. */
  async create(actor: Actor, input: ExperienceFields): Promise<ExperienceEntity> {
    await this.policy.authorize(actor, {
      action: 'supplier-experience.write',
      councilCode: actor.council?.code ?? '',
    });
    return this.dataSource.transaction(async (manager) => {
      const values = await this.checked(input, manager);
      const saved = await manager.getRepository(ExperienceEntity).save({
        ...values,
        councilCode: actor.council!.code,
        status: 'SUBMITTED' as const,
        authorId: actor.userId ?? null,
      });
      await this.audit.record(
        {
          action: 'supplier-experience.submit',
          outcome: 'success',
          target: { type: 'supplier_experience', id: saved.id },
        },
        manager,
      );
      return saved;
    });
  }

  /** Its council changes an experience still in moderation; it goes back to the queue. */
  async update(actor: Actor, id: string, input: ExperienceFields): Promise<ExperienceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const experience = await this.lock(actor, id, manager);
      await this.policy.authorize(actor, {
        action: 'supplier-experience.write',
        councilCode: experience.councilCode,
      });
      if (experience.status !== 'SUBMITTED' && experience.status !== 'CHANGES_REQUESTED')
        throw badTransition(experience.status, 'changed');
      const values = await this.checked(input, manager);
      Object.assign(experience, values, { status: 'SUBMITTED' });
      const saved = await manager.getRepository(ExperienceEntity).save(experience);
      await this.audit.record(
        {
          action: 'supplier-experience.resubmit',
          outcome: 'success',
          target: { type: 'supplier_experience', id },
        },
        manager,
      );
      return saved;
    });
  }

  /** One experience, or not found (the same for missing and not yours to see). */
  async get(actor: Actor, id: string): Promise<ExperienceEntity> {
    if (!UUID.test(id)) throw experienceNotFound();
    const experience = await this.dataSource.getRepository(ExperienceEntity).findOneBy({ id });
    if (!experience || !this.canRead(actor, experience)) throw experienceNotFound();
    return experience;
  }

  /** Published experiences of a supplier, newest first. */
  async forSupplier(
    actor: Actor,
    supplierId: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<ExperienceEntity>> {
    const supplier = await this.suppliers.get(actor, supplierId);
    const size = pageSize(args.first);
    const repository = this.dataSource.getRepository(ExperienceEntity);
    const totalCount = await repository.countBy({ supplierId: supplier.id, status: 'PUBLISHED' });
    const query = repository
      .createQueryBuilder('experience')
      .where('experience.supplierId = :supplierId', { supplierId: supplier.id })
      .andWhere(`experience.status = 'PUBLISHED'`)
      // To the millisecond, as the cursor holds it: experiences published within one
      // millisecond (PostgreSQL keeps microseconds) are then ordered by id, not lost.
      .orderBy(`date_trunc('milliseconds', experience.published_at)`, 'DESC')
      .addOrderBy('experience.id', 'DESC');
    if (args.after) {
      const [publishedAt, id] = decodeCursor(args.after, ['string', 'string'] as const);
      if (Number.isNaN(Date.parse(publishedAt)) || !UUID.test(id)) throw invalidCursor();
      query.andWhere(
        `(date_trunc('milliseconds', experience.published_at), experience.id) < (:publishedAt, :id)`,
        {
          publishedAt,
          id,
        },
      );
    }
    const rows = await query.take(size + 1).getMany();
    return toConnection(rows, size, totalCount, (row) =>
      encodeCursor([row.publishedAt!.toISOString(), row.id]),
    );
  }

  /** Every experience of the officer's own council, newest first, whatever its status. */
  async forMyCouncil(actor: Actor): Promise<ExperienceEntity[]> {
    await this.policy.authorize(actor, { action: 'officer-content.read' });
    if (!actor.council) return [];
    return this.dataSource.getRepository(ExperienceEntity).find({
      where: { councilCode: actor.council.code },
      order: { updatedAt: 'DESC' },
      take: 200,
    });
  }

  /**
   * Published experiences of one council, for its page: other councils see
   * only those that name it (an anonymised one must never be tied to it);
   * its own officers see all its published ones.
   */
  async forCouncil(actor: Actor, councilCode: string): Promise<ExperienceEntity[]> {
    await this.policy.authorize(actor, { action: 'officer-content.read' });
    const code = councilCode.trim().toUpperCase();
    const own = actor.council?.code === code;
    return this.dataSource.getRepository(ExperienceEntity).find({
      where: {
        councilCode: code,
        status: 'PUBLISHED',
        ...(own ? {} : { attribution: 'NAMED' as const }),
      },
      order: { publishedAt: 'DESC', id: 'DESC' },
      take: 100,
    });
  }

  canRead(actor: Actor, experience: ExperienceEntity): boolean {
    if (!this.policy.can(actor, { action: 'officer-content.read' })) return false;
    return (
      experience.status === 'PUBLISHED' ||
      this.policy.can(actor, {
        action: 'supplier-experience.read-unpublished',
        councilCode: experience.councilCode,
      })
    );
  }

  /** Readers see the council of a named experience; its own council and moderators always. */
  revealsCouncil(actor: Actor, experience: ExperienceEntity): boolean {
    return (
      experience.attribution === 'NAMED' ||
      this.policy.can(actor, {
        action: 'supplier-experience.read-unpublished',
        councilCode: experience.councilCode,
      })
    );
  }

  /** As the actor may see them, with supplier names and councils looked up once. */
  async view(actor: Actor, experiences: ExperienceEntity[]): Promise<SupplierExperience[]> {
    const suppliers = await this.dataSource
      .getRepository(SupplierEntity)
      .findBy({ id: In([...new Set(experiences.map((e) => e.supplierId))]) });
    const councils = await this.dataSource
      .getRepository(CouncilEntity)
      .findBy({ code: In([...new Set(experiences.map((e) => e.councilCode))]) });
    const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));
    const byCode = new Map(councils.map((c) => [c.code, c]));
    const descriptions = await this.descriptions.current();
    return experiences.map((experience) => {
      const ownOrModerator = this.policy.can(actor, {
        action: 'supplier-experience.read-unpublished',
        councilCode: experience.councilCode,
      });
      return toSupplierExperience(experience, {
        supplierName: supplierNames.get(experience.supplierId) ?? '',
        council: byCode.get(experience.councilCode),
        description: descriptions.of(
          byCode.get(experience.councilCode) ?? {
            code: experience.councilCode,
            typeCode: '',
            region: null,
            nation: '',
          },
        ),
        revealCouncil: this.revealsCouncil(actor, experience),
        mayEdit:
          (experience.status === 'SUBMITTED' || experience.status === 'CHANGES_REQUESTED') &&
          this.policy.can(actor, {
            action: 'supplier-experience.write',
            councilCode: experience.councilCode,
          }),
        showModeration: ownOrModerator,
      });
    });
  }

  /** The experience locked for a change, if the actor may see it at all. */
  async lock(actor: Actor, id: string, manager: EntityManager): Promise<ExperienceEntity> {
    if (!UUID.test(id)) throw experienceNotFound();
    const experience = await manager
      .getRepository(ExperienceEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!experience || !this.canRead(actor, experience)) throw experienceNotFound();
    return experience;
  }

  now(): Date {
    return this.clock.now();
  }

  private async checked(input: ExperienceFields, manager: EntityManager) {
    const { problems, values } = checkExperience(input);
    try {
      await this.suppliers.live(input.supplierId ?? '', manager);
    } catch {
      problems.unshift({ field: 'supplierId', message: 'Choose a supplier from the directory' });
    }
    if (problems.length > 0) throw invalidInput(problems);
    const supplier = await this.suppliers.live(input.supplierId, manager);
    return { ...values, supplierId: supplier.id };
  }
}
