import type { Actor } from '@lgx/api/core/auth';
import { CouncilEntity } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { CouncilDescriptionsService } from './council-descriptions.service';
import { SupplierExperienceEntity } from './supplier-experience.entity';
import { type SupplierRatings, supplierRatings } from './supplier-ratings';
import { SuppliersService } from './suppliers.service';

/** A supplier's aggregated ratings, for verified officers. */
@Injectable()
export class SupplierRatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly descriptions: CouncilDescriptionsService,
  ) {}

  /** From published experiences of 3 or more councils a reader can tell apart. */
  async ratings(actor: Actor, supplierId: string): Promise<SupplierRatings> {
    const supplier = await this.suppliers.get(actor, supplierId);
    const experiences = await this.dataSource
      .getRepository(SupplierExperienceEntity)
      .findBy({ supplierId: supplier.id, status: 'PUBLISHED' });
    const councils = new Map(
      (
        await this.dataSource
          .getRepository(CouncilEntity)
          .findBy({ code: In([...new Set(experiences.map((e) => e.councilCode))]) })
      ).map((council) => [council.code, council]),
    );
    const descriptions = await this.descriptions.current();
    return supplierRatings(
      experiences,
      (code) =>
        descriptions.of(councils.get(code) ?? { code, typeCode: '', region: null, nation: '' }).key,
    );
  }
}
