import { Access } from '@lgx/api/core/auth';
import { PaginationArgs } from '@lgx/api/core/graphql';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { ContractRecordService } from './contract-record.service';
import { Contract, ContractConnection } from './contracting-process.object';

/** Public contracts: Open Government Licence data, so every query is open to visitors. */
@Resolver(() => Contract)
export class ContractingProcessResolver {
  constructor(private readonly records: ContractRecordService) {}

  @Access.public()
  @Query(() => Contract, {
    description: 'A public contract by its OCDS id (ocid). NOT_FOUND when LGX holds none.',
  })
  contract(@Args('ocid', { description: 'The OCDS id, e.g. ocds-b5fd17-....' }) ocid: string) {
    return this.records.get(ocid);
  }

  @Access.public()
  @Query(() => ContractConnection, {
    description:
      "A council's current public contracts, ending soon first: those not ended by today, by their latest possible end (or end when no extension is stated).",
  })
  councilContracts(
    @Args('councilCode', { description: "The register's code, e.g. DER." }) councilCode: string,
    @Args() page: PaginationArgs,
  ) {
    return this.records.forCouncil(councilCode, page);
  }

  @Access.public()
  @Query(() => ContractConnection, {
    description:
      'The public contracts awarded to a supplier in the directory (and to any merged into it), latest notice first.',
  })
  supplierContracts(
    @Args('supplierId', { type: () => ID }) supplierId: string,
    @Args() page: PaginationArgs,
  ) {
    return this.records.forSupplier(supplierId, page);
  }
}
