import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

import { compareReleases, compileReleases, mergeRelease, type OcdsObject } from '../ocds';
import { type BuyerMatcher, loadBuyerMatcher } from './buyer-match';
import { ContractReleaseEntity } from './contract-release.entity';
import { ContractSupplierEntity } from './contract-supplier.entity';
import { ContractingProcessEntity } from './contracting-process.entity';
import { readContractRecord } from './contracting-process.rules';

/** What one release did: nothing (seen before), or created or updated its process. */
export type ReleaseOutcome = 'SEEN' | 'CREATED' | 'UPDATED';

interface ReleaseKey {
  ocid: string;
  id: string;
  date: string;
}

function keyOf(release: OcdsObject): ReleaseKey {
  return {
    ocid: String(release['ocid']),
    id: String(release['id']),
    date: String(release['date']),
  };
}

/** Contracting processes compiled from their releases. */
@Injectable()
export class ContractingProcessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores one valid OCDS release and recompiles its process: merged on top
   * when it is the newest, or recompiled from every stored release of the
   * ocid in date order when an older one arrives late. A release seen before
   * (same ocid, id and date) changes nothing. Pass the matcher when applying
   * many releases, so the register is read once.
   */
  async applyRelease(release: OcdsObject, matcher?: BuyerMatcher): Promise<ReleaseOutcome> {
    const key = keyOf(release);
    return this.dataSource.transaction(async (manager) => {
      // One writer per process at a time, whatever runs alongside.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key.ocid]);
      const stored = await manager
        .createQueryBuilder()
        .insert()
        .into(ContractReleaseEntity)
        .values({
          ocid: key.ocid,
          releaseId: key.id,
          releaseDate: key.date,
          releasedAt: new Date(key.date),
          release: release as QueryDeepPartialEntity<OcdsObject>,
        })
        .orIgnore()
        .returning(['ocid'])
        .execute();
      if (stored.raw.length === 0) return 'SEEN';
      const current = await manager.findOne(ContractingProcessEntity, {
        where: { ocid: key.ocid },
      });
      const compiled = await this.compile(manager, key, release, current);
      await this.write(
        manager,
        key,
        compiled,
        current,
        matcher ?? (await loadBuyerMatcher(manager)),
      );
      return current ? 'UPDATED' : 'CREATED';
    });
  }

  private async compile(
    manager: EntityManager,
    key: ReleaseKey,
    release: OcdsObject,
    current: ContractingProcessEntity | null,
  ): Promise<OcdsObject> {
    if (!current) return mergeRelease(null, release);
    const newest = { date: current.lastReleaseDate, id: current.lastReleaseId };
    if (compareReleases({ date: key.date, id: key.id }, newest) > 0)
      return mergeRelease(current.compiledRelease, release);
    const all = await manager.find(ContractReleaseEntity, {
      where: { ocid: key.ocid },
      select: { release: true },
    });
    return compileReleases(all.map((row) => row.release))!;
  }

  private async write(
    manager: EntityManager,
    key: ReleaseKey,
    compiled: OcdsObject,
    current: ContractingProcessEntity | null,
    matchBuyer: BuyerMatcher,
  ): Promise<void> {
    const record = readContractRecord(compiled);
    const buyer = matchBuyer(record.buyer);
    const newest =
      current &&
      compareReleases(
        { date: key.date, id: key.id },
        {
          date: current.lastReleaseDate,
          id: current.lastReleaseId,
        },
      ) < 0
        ? { date: current.lastReleaseDate, id: current.lastReleaseId }
        : { date: new Date(key.date), id: key.id };
    const fields: Omit<ContractingProcessEntity, 'createdAt' | 'updatedAt'> = {
      ocid: key.ocid,
      title: record.title,
      description: record.description,
      buyerName: record.buyer.name,
      buyerIdentifierScheme: record.buyer.identifiers[0]?.scheme ?? null,
      buyerIdentifierId: record.buyer.identifiers[0]?.id ?? null,
      buyerCouncilCode: buyer.councilCode,
      buyerNameKey: buyer.nameKey,
      buyerMatch: buyer.how,
      buyerMatchNote: buyer.note,
      buyerCandidates: buyer.candidates,
      valueAmount: record.value?.amount ?? null,
      valueCurrency: record.value?.currency ?? null,
      valueSource: record.value?.source ?? null,
      cpvMain: record.cpvMain,
      cpvAdditional: record.cpvAdditional,
      procurementMethod: record.procurementMethod,
      procurementMethodDetails: record.procurementMethodDetails,
      isFramework: record.isFramework,
      isDynamicMarket: record.isDynamicMarket,
      contractStart: record.contractStart?.value ?? null,
      contractStartSource: record.contractStart?.source ?? null,
      contractStartCertainty: record.contractStart?.certainty ?? null,
      contractEnd: record.contractEnd?.value ?? null,
      contractEndSource: record.contractEnd?.source ?? null,
      contractEndCertainty: record.contractEnd?.certainty ?? null,
      maxExtentDate: record.maxExtentDate?.value ?? null,
      maxExtentDateSource: record.maxExtentDate?.source ?? null,
      maxExtentDateCertainty: record.maxExtentDate?.certainty ?? null,
      noticeUrls: record.noticeUrls,
      lastReleaseDate: new Date(newest.date),
      lastReleaseId: newest.id,
      releaseCount: (current?.releaseCount ?? 0) + 1,
      compiledRelease: compiled,
    };
    // jsonb holds any JSON: TypeORM's deep-partial type cannot say so.
    const row = fields as QueryDeepPartialEntity<ContractingProcessEntity>;
    if (current) await manager.update(ContractingProcessEntity, { ocid: key.ocid }, row);
    else await manager.insert(ContractingProcessEntity, row);
    await manager.delete(ContractSupplierEntity, { ocid: key.ocid });
    if (record.suppliers.length > 0)
      await manager.insert(
        ContractSupplierEntity,
        record.suppliers.map((supplier, position) => ({ ocid: key.ocid, position, ...supplier })),
      );
  }
}
