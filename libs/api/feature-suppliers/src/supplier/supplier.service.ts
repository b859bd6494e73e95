import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { isUniqueViolation } from '@lgx/api/core/database';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  invalidCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { SearchService } from '@lgx/api/core/search';
import { SEARCH_RESULT_CAP } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';

import { SupplierEntity } from './supplier.entity';
import { cannotMergeIntoItself, invalidInput, supplierNotFound } from './supplier.errors';
import { checkSupplier, type FieldProblem, type SupplierFields } from './supplier.rules';
import { searchPage } from './supplier-search-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The supplier directory: officers add suppliers; moderators correct and merge them. */
@Injectable()
export class SupplierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly search: SearchService,
  ) {}

  /**
   * Every supplier A to Z; or, with `query`, those matching it best first,
   * typos forgiven (by name, former name, Companies House number or category).
   */
  async list(
    actor: Actor,
    args: { query?: string | null; first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<SupplierEntity>> {
    await this.policy.authorize(actor, { action: 'officer-content.read' });
    const size = pageSize(args.first);
    const text = args.query?.trim().slice(0, 100);
    if (text) return this.searched(text, size, args.after);
    const base = () =>
      this.dataSource
        .getRepository(SupplierEntity)
        .createQueryBuilder('supplier')
        .where('supplier.mergedIntoId IS NULL');
    const totalCount = await base().getCount();
    const page = base().orderBy('lower(supplier.name)', 'ASC').addOrderBy('supplier.id', 'ASC');
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'string'] as const);
      page.andWhere('(lower(supplier.name), supplier.id::text) > (:name, :id)', { name, id });
    }
    const rows = await page.take(size + 1).getMany();
    return toConnection(rows, size, totalCount, (supplier) =>
      encodeCursor([supplier.name.toLowerCase(), supplier.id]),
    );
  }

  /** The directory's search, answered by Meilisearch; the suppliers themselves come from the database. */
  private async searched(
    text: string,
    size: number,
    after: string | null | undefined,
  ): Promise<ConnectionShape<SupplierEntity>> {
    const offset = after ? decodeCursor(after, ['number'] as const)[0] : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset >= SEARCH_RESULT_CAP)
      throw invalidCursor();
    const result = await this.search.run({
      query: text,
      types: ['supplier'],
      limit: size,
      offset,
      // The directory is for verified officers only, which the policy has just checked.
      scope: { officer: true, groupIds: [] },
    });
    const ids = result.hits.map((hit) => hit.id);
    const rows =
      ids.length > 0
        ? await this.dataSource
            .getRepository(SupplierEntity)
            .findBy({ id: In(ids), mergedIntoId: IsNull() })
        : [];
    return searchPage(ids, new Map(rows.map((row) => [row.id, row])), offset, result.total);
  }

  /** A supplier; a merged one gives the supplier it was merged into. */
  async get(actor: Actor, id: string): Promise<SupplierEntity> {
    await this.policy.authorize(actor, { action: 'officer-content.read' });
    return this.live(id, this.dataSource.manager);
  }

  async create(actor: Actor, input: SupplierFields): Promise<SupplierEntity> {
    await this.policy.authorize(actor, { action: 'supplier.create' });
    return this.losingRaceAsClash(input, null, () =>
      this.dataSource.transaction(async (manager) => {
        const values = await this.checked(input, manager, null);
        const saved = await manager
          .getRepository(SupplierEntity)
          .save({ ...values, createdBy: actor.userId ?? null });
        await this.audit.record(
          {
            action: 'supplier.create',
            outcome: 'success',
            target: { type: 'supplier', id: saved.id },
          },
          manager,
        );
        return saved;
      }),
    );
  }

  /** A moderator's correction; the supplier's experiences are reindexed with its new name. */
  async update(actor: Actor, id: string, input: SupplierFields): Promise<SupplierEntity> {
    await this.policy.authorize(actor, { action: 'supplier.moderate' });
    const selfId = (await this.live(id, this.dataSource.manager)).id;
    return this.losingRaceAsClash(input, selfId, () =>
      this.dataSource.transaction(async (manager) => {
        const supplier = await this.live(id, manager, true);
        const values = await this.checked(input, manager, supplier.id);
        // A moderator's correction is the check an entry made from a notice waited for.
        Object.assign(supplier, values, { verified: true });
        const saved = await manager.getRepository(SupplierEntity).save(supplier);
        await manager.query(
          `UPDATE supplier_experience SET updated_at = now() WHERE supplier_id = $1`,
          [supplier.id],
        );
        await this.audit.record(
          { action: 'supplier.correct', outcome: 'success', target: { type: 'supplier', id } },
          manager,
        );
        return saved;
      }),
    );
  }

  /**
   * Merges a duplicate into the supplier that stays: every experience moves
   * to the survivor, which also gains the duplicate's categories and any
   * details it lacked. The duplicate is kept as a pointer for old links.
   */
  async merge(actor: Actor, duplicateId: string, intoId: string): Promise<SupplierEntity> {
    await this.policy.authorize(actor, { action: 'supplier.moderate' });
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SupplierEntity);
      const duplicate = await this.live(duplicateId, manager, true);
      const survivor = await this.live(intoId, manager, true);
      if (duplicate.id === survivor.id) throw cannotMergeIntoItself();
      const moved: { id: string }[] = await manager.query(
        `UPDATE supplier_experience SET supplier_id = $2, updated_at = now() WHERE supplier_id = $1 RETURNING id`,
        [duplicate.id, survivor.id],
      );
      survivor.cpvCodes = [...new Set([...survivor.cpvCodes, ...duplicate.cpvCodes])];
      survivor.website ??= duplicate.website;
      if (!survivor.productsAndServices)
        survivor.productsAndServices = duplicate.productsAndServices;
      const companyNumber = survivor.companyNumber ?? duplicate.companyNumber;
      duplicate.companyNumber = null;
      duplicate.mergedIntoId = survivor.id;
      await repository.save(duplicate);
      survivor.companyNumber = companyNumber;
      // Touched even when nothing else changed, so its search document gains the duplicate's name.
      survivor.updatedAt = new Date();
      const saved = await repository.save(survivor);
      // Earlier merges into the duplicate now point at the survivor too.
      await manager.query(`UPDATE supplier SET merged_into_id = $2 WHERE merged_into_id = $1`, [
        duplicate.id,
        survivor.id,
      ]);
      await this.audit.record(
        {
          action: 'supplier.merge',
          outcome: 'success',
          target: { type: 'supplier', id: survivor.id },
          details: { merged: duplicate.id, experiencesMoved: moved.length },
        },
        manager,
      );
      return saved;
    });
  }

  /** The supplier, following merges; not found for a bad id. */
  async live(id: string, manager: EntityManager, lock = false): Promise<SupplierEntity> {
    if (!UUID.test(id)) throw supplierNotFound();
    const repository = manager.getRepository(SupplierEntity);
    let supplier = await repository.findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (supplier?.mergedIntoId)
      supplier = await repository.findOne({
        where: { id: supplier.mergedIntoId },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
    if (!supplier || supplier.mergedIntoId) throw supplierNotFound();
    return supplier;
  }

  /**
   * Two requests can both check, see no clash, and insert the same Companies
   * House number: the unique index refuses the later one. It is answered with
   * the same field error the check gives, read again now the winner is saved.
   */
  private async losingRaceAsClash<T>(
    input: SupplierFields,
    selfId: string | null,
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.checked(input, this.dataSource.manager, selfId);
      throw invalidInput([
        {
          field: 'companyNumber',
          message: 'That Companies House number is already in the directory',
        },
      ]);
    }
  }

  private async checked(input: SupplierFields, manager: EntityManager, selfId: string | null) {
    const { problems, values } = checkSupplier(input);
    const clash = async (field: keyof typeof values, sql: string, value: string | null) => {
      if (!value || problems.some((p) => p.field === field)) return;
      const [row] = await manager.query(
        `SELECT name FROM supplier WHERE merged_into_id IS NULL AND ${sql} AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`,
        [value, selfId],
      );
      if (row)
        problems.push({
          field,
          message:
            field === 'name'
              ? `${row.name} is already in the directory: add your experience to it instead`
              : `That Companies House number belongs to ${row.name}, already in the directory`,
        } satisfies FieldProblem);
    };
    await clash('name', 'lower(name) = lower($1)', values.name);
    await clash('companyNumber', 'company_number = $1', values.companyNumber);
    if (problems.length > 0) throw invalidInput(problems);
    return values;
  }
}
