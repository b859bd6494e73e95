import { Injectable, Module } from '@nestjs/common';

import type {
  ContractEnding,
  ContractEndingSource,
  ContractEndingsQuery,
  ContractPeer,
  ContractPeersQuery,
} from './contract-endings';

const byEnd = (a: ContractEnding, b: ContractEnding) =>
  a.endsOn.localeCompare(b.endsOn) ||
  a.councilCode.localeCompare(b.councilCode) ||
  a.id.localeCompare(b.id);

/**
 * Every registered source of contract endings, asked together: what the
 * renewal radar injects. A feature providing a source calls `register` from
 * its source's constructor; with no source registered the answer is empty.
 */
@Injectable()
export class ContractEndings {
  private readonly sources: ContractEndingSource[] = [];

  register(source: ContractEndingSource): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  /** Every source's endings, soonest first; at most `limit` when given. */
  async find(query: ContractEndingsQuery): Promise<ContractEnding[]> {
    const found = (await Promise.all(this.sources.map((source) => source.find(query)))).flat();
    const sorted = found.sort(byEnd);
    return query.limit === undefined ? sorted : sorted.slice(0, query.limit);
  }

  /** Every source's peers of the given contracts. */
  async findPeers(query: ContractPeersQuery): Promise<ContractPeer[]> {
    if (query.of.length === 0) return [];
    return (await Promise.all(this.sources.map((source) => source.findPeers(query)))).flat();
  }
}

/**
 * Imported by each feature that provides or reads contract endings; Nest
 * makes one instance of it, so every source registers with the same registry.
 */
@Module({ providers: [ContractEndings], exports: [ContractEndings] })
export class ContractEndingsModule {}
