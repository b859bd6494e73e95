import { type SupplierDirectoryEntry, SupplierDirectoryLinks } from '@lgx/api/core/contracts';
import { CouncilDirectory } from '@lgx/api/core/councils';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  pageSize,
  textProblem,
  toConnection,
} from '@lgx/api/core/graphql';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';

import { ContractSupplierEntity } from './contract-supplier.entity';
import { ContractingProcessEntity } from './contracting-process.entity';
import { contractNotFound, councilNotFound, supplierNotFound } from './contracting-process.errors';
import type { Contract } from './contracting-process.object';
import { toContract } from './contracting-process.view';

/** The latest a contract can run to: its latest possible end when stated, else its end. */
const LATEST_END = 'coalesce(process.max_extent_date, process.contract_end)';
/** Longer than any OCDS id: such a value is not looked for. */
const OCID_LIMIT = 300;

interface Page {
  first?: number | null;
  after?: string | null;
}

/** Public contracts as people read them: one contract, a council's current ones, a supplier's. */
@Injectable()
export class ContractRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly councils: CouncilDirectory,
    /** Absent when the feature runs without the supplier directory (its own tests). */
    @Optional() private readonly directory?: SupplierDirectoryLinks,
  ) {}

  /** One contract by its OCDS id; NOT_FOUND when there is none. */
  async get(ocid: string): Promise<Contract> {
    const id = ocid.trim();
    if (id === '' || id.length > OCID_LIMIT || textProblem(id)) throw contractNotFound();
    const [process] = await this.processes().where('process.ocid = :id', { id }).getMany();
    if (!process) throw contractNotFound();
    const [contract] = await this.withParts([process]);
    return contract!;
  }

  /**
   * A council's current contracts, ending soon first: those whose latest
   * possible end (or, when none is stated, end) is today or later, by that
   * date. A contract with no end date stated is not known to be current.
   */
  async forCouncil(councilCode: string, page: Page): Promise<ConnectionShape<Contract>> {
    const size = pageSize(page.first);
    const council = await this.councils.findByCode(councilCode);
    if (!council) throw councilNotFound();
    const current = () =>
      this.processes()
        .where('process.buyer_council_code = :code', { code: council.code })
        .andWhere(`${LATEST_END} >= current_date`);
    const totalCount = await current().getCount();
    const query = current().orderBy(LATEST_END, 'ASC').addOrderBy('process.ocid', 'ASC');
    if (page.after) {
      const [endsAt, ocid] = decodeCursor(page.after, ['timestamp', 'string'] as const);
      query.andWhere(`(${LATEST_END}, process.ocid) > (CAST(:endsAt AS timestamptz), :ocid)`, {
        endsAt,
        ocid,
      });
    }
    return this.connection(query, size, totalCount, (process) => [
      (process.maxExtentDate ?? process.contractEnd)!.toISOString(),
      process.ocid,
    ]);
  }

  /** The public contracts awarded to a supplier (and to any merged into it), latest notice first. */
  async forSupplier(supplierId: string, page: Page): Promise<ConnectionShape<Contract>> {
    const size = pageSize(page.first);
    const ids = (await this.directory?.sameSupplier(supplierId)) ?? [];
    if (ids.length === 0) throw supplierNotFound();
    const awarded = () =>
      this.processes().where(
        `EXISTS (SELECT 1 FROM contract_supplier awarded
                  WHERE awarded.ocid = process.ocid AND awarded.supplier_id = ANY(:ids))`,
        { ids },
      );
    const totalCount = await awarded().getCount();
    const query = awarded()
      .orderBy('process.last_release_date', 'DESC')
      .addOrderBy('process.ocid', 'ASC');
    if (page.after) {
      const [releasedAt, ocid] = decodeCursor(page.after, ['timestamp', 'string'] as const);
      query.andWhere(
        `(process.last_release_date < CAST(:releasedAt AS timestamptz)
          OR (process.last_release_date = CAST(:releasedAt AS timestamptz) AND process.ocid > :ocid))`,
        { releasedAt, ocid },
      );
    }
    return this.connection(query, size, totalCount, (process) => [
      process.lastReleaseDate.toISOString(),
      process.ocid,
    ]);
  }

  /** Processes without their compiled release, which no page shows. */
  private processes(): SelectQueryBuilder<ContractingProcessEntity> {
    const repository = this.dataSource.getRepository(ContractingProcessEntity);
    const columns = repository.metadata.columns
      .filter((column) => column.propertyName !== 'compiledRelease')
      .map((column) => `process.${column.propertyName}`);
    return repository.createQueryBuilder('process').select(columns);
  }

  private async connection(
    query: SelectQueryBuilder<ContractingProcessEntity>,
    size: number,
    totalCount: number,
    keyOf: (process: ContractingProcessEntity) => string[],
  ): Promise<ConnectionShape<Contract>> {
    const rows = await query.limit(size + 1).getMany();
    const cursors = new Map(rows.map((row) => [row.ocid, encodeCursor(keyOf(row))]));
    const contracts = await this.withParts(rows);
    return toConnection(contracts, size, totalCount, (contract) => cursors.get(contract.ocid)!);
  }

  /** The processes as contracts, with their suppliers, directory entries and councils, in a few queries. */
  private async withParts(processes: ContractingProcessEntity[]): Promise<Contract[]> {
    if (processes.length === 0) return [];
    const suppliers = await this.dataSource.getRepository(ContractSupplierEntity).find({
      where: { ocid: In(processes.map((process) => process.ocid)) },
      order: { ocid: 'ASC', position: 'ASC' },
    });
    const entries =
      (await this.directory?.entries(suppliers.flatMap((supplier) => supplier.supplierId ?? []))) ??
      new Map<string, SupplierDirectoryEntry>();
    const codes = [...new Set(processes.flatMap((process) => process.buyerCouncilCode ?? []))];
    const councils = new Map(
      (await this.councils.findByCodes(codes)).map((council) => [council.code, council]),
    );
    return processes.map((process) =>
      toContract(process, {
        suppliers: suppliers.filter((supplier) => supplier.ocid === process.ocid),
        entries,
        council: (process.buyerCouncilCode && councils.get(process.buyerCouncilCode)) || null,
      }),
    );
  }
}
