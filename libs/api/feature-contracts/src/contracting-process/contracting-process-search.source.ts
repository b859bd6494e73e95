import { CouncilEntity } from '@lgx/api/core/councils';
import { type SearchDocument, type SearchSource, SearchSourceRegistry } from '@lgx/api/core/search';
import { cpvDivision, findCpv } from '@lgx/shared/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type FindOptionsSelect, In, MoreThan } from 'typeorm';

import { contractSearchId, ocidOfSearchId } from './contract-search-id';
import { ContractSupplierEntity } from './contract-supplier.entity';
import { poundsOf, valueBand } from './contract-value-band';
import { ContractingProcessEntity } from './contracting-process.entity';
import { CONTRACT_SEARCH } from './contracting-process-search.definition';

/** Everything but the compiled release, which search does not read. */
const INDEXED_COLUMNS: FindOptionsSelect<ContractingProcessEntity> = {
  ocid: true,
  title: true,
  description: true,
  buyerName: true,
  buyerCouncilCode: true,
  valueAmount: true,
  valueCurrency: true,
  cpvMain: true,
  cpvAdditional: true,
  contractStart: true,
  contractEnd: true,
  maxExtentDate: true,
  lastReleaseDate: true,
};

const seconds = (date: Date | null): number | undefined =>
  date ? Math.floor(date.getTime() / 1000) : undefined;

/** "IT services: consulting, software development, Internet and support (72)", or "CPV division 72". */
export function cpvDivisionLabel(code: string): string {
  const division = cpvDivision(code);
  const label = findCpv(`${division}000000`)?.label;
  return label ? `${label} (${division})` : `CPV division ${division}`;
}

/** What a contract's title is when the notice gave none. */
const untitled = (process: ContractingProcessEntity) =>
  process.description?.trim().split('\n')[0]?.slice(0, 200) || `Contract ${process.ocid}`;

function cpvFields(process: ContractingProcessEntity) {
  const codes = [...new Set([process.cpvMain, ...process.cpvAdditional])].filter(
    (code): code is string => Boolean(code && /^\d{2}/.test(code)),
  );
  return {
    cpv: codes,
    cpvLabels: [...new Set(codes.map((code) => findCpv(code)?.label).filter(Boolean))],
    cpvDivision: [...new Set(codes.map(cpvDivisionLabel))],
  };
}

function valueFields(process: ContractingProcessEntity) {
  const { valueAmount: amount, valueCurrency: currency } = process;
  return {
    valueStated: amount ?? undefined,
    valueCurrency: currency ?? undefined,
    valuePounds: poundsOf(amount, currency),
    valueBand: valueBand(amount, currency),
  };
}

/**
 * The end that decides "ending soonest" and the end year: the latest possible
 * end, else the end (the later of the two, should a notice state an extent before its end).
 */
function endFields(process: ContractingProcessEntity) {
  const { maxExtentDate: latest, contractEnd: end } = process;
  const ends = latest && end ? (latest > end ? latest : end) : (latest ?? end);
  return {
    contractStartAt: seconds(process.contractStart),
    contractEndAt: seconds(process.contractEnd),
    maxExtentAt: seconds(process.maxExtentDate),
    endsAt: seconds(ends),
    // Years turn at midnight in winter, when London keeps UTC.
    endYear: ends ? String(ends.getUTCFullYear()) : undefined,
  };
}

/**
 * A public contract's search document: every contracting process is public
 * (visitors see it), with its buyer as published and, when matched, the
 * buyer's council from the register (so "near my council" and "councils like
 * mine" reach contracts too). Null for an ocid too long to index.
 */
export function contractDocument(
  process: ContractingProcessEntity,
  supplierNames: string[],
  council: CouncilEntity | undefined,
): SearchDocument | null {
  const id = contractSearchId(process.ocid);
  if (ocidOfSearchId(id) === null) return null;
  const title = process.title ?? untitled(process);
  return {
    id,
    type: 'contract',
    ocid: process.ocid,
    title,
    titleSort: title.toLowerCase(),
    summary: process.description?.slice(0, 2_000) ?? '',
    url: `/contracts/${encodeURIComponent(process.ocid)}`,
    visibility: 'public',
    councilCodes: council ? [council.code] : [],
    groupIds: [],
    councilCode: council?.code,
    councilName: council?.niceName,
    nation: council?.nation,
    region: council?.region ?? undefined,
    councilType: council?.typeCode,
    buyerName: process.buyerName ?? undefined,
    buyerCouncil: council?.niceName,
    supplier: [...new Set(supplierNames)],
    ...cpvFields(process),
    ...valueFields(process),
    ...endFields(process),
    publishedAt: seconds(process.lastReleaseDate),
  };
}

/**
 * Contracting processes for the search outbox. Keyed by ocid rather than an
 * id column, so it reads rows itself; a full reindex pages by ocid, not by
 * offset, which would read the table again for every page.
 */
@Injectable()
export class ContractingProcessSearchSource implements SearchSource, OnModuleInit {
  readonly definition = CONTRACT_SEARCH;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: SearchSourceRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async load(ids: string[]): Promise<Map<string, SearchDocument | null>> {
    const ocids = ids.map(ocidOfSearchId).filter((ocid): ocid is string => ocid !== null);
    const rows =
      ocids.length > 0
        ? await this.db
            .getRepository(ContractingProcessEntity)
            .find({ select: INDEXED_COLUMNS, where: { ocid: In(ocids) } })
        : [];
    const documents = await this.documents(rows);
    return new Map(ids.map((id) => [id, documents.get(id) ?? null]));
  }

  async *all(batchSize: number): AsyncIterable<SearchDocument[]> {
    for (let after: string | null = null; ;) {
      const rows: ContractingProcessEntity[] = await this.db
        .getRepository(ContractingProcessEntity)
        .find({
          select: INDEXED_COLUMNS,
          where: after === null ? {} : { ocid: MoreThan(after) },
          order: { ocid: 'ASC' },
          take: batchSize,
        });
      const documents = [...(await this.documents(rows)).values()].filter(
        (doc): doc is SearchDocument => doc !== null,
      );
      if (documents.length > 0) yield documents;
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1]!.ocid;
    }
  }

  private async documents(
    processes: ContractingProcessEntity[],
  ): Promise<Map<string, SearchDocument | null>> {
    if (processes.length === 0) return new Map();
    const ocids = processes.map((process) => process.ocid);
    const codes = [
      ...new Set(processes.map((process) => process.buyerCouncilCode).filter(Boolean)),
    ] as string[];
    const [suppliers, councils] = await Promise.all([
      this.db.getRepository(ContractSupplierEntity).find({
        select: { ocid: true, name: true, position: true },
        where: { ocid: In(ocids) },
        order: { ocid: 'ASC', position: 'ASC' },
      }),
      codes.length > 0 ? this.db.getRepository(CouncilEntity).findBy({ code: In(codes) }) : [],
    ]);
    const namesOf = new Map<string, string[]>();
    for (const supplier of suppliers)
      namesOf.set(supplier.ocid, [...(namesOf.get(supplier.ocid) ?? []), supplier.name]);
    const councilOf = new Map(councils.map((council) => [council.code, council]));
    return new Map(
      processes.map((process) => [
        contractSearchId(process.ocid),
        contractDocument(
          process,
          namesOf.get(process.ocid) ?? [],
          process.buyerCouncilCode ? councilOf.get(process.buyerCouncilCode) : undefined,
        ),
      ]),
    );
  }
}
