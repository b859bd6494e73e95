import type { Actor } from '@lgx/api/core/auth';
import { CouncilEntity } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { CouncilDescriptionService } from '../experience/council-description.service';
import { ExperienceEntity } from '../experience/experience.entity';
import { SupplierService } from './supplier.service';
import { type SupplierRatings, supplierRatings } from './supplier-rating';

/** A supplier's aggregated ratings, for verified officers. */
@Injectable()
export class SupplierRatingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SupplierService,
    private readonly descriptions: CouncilDescriptionService,
  ) {}

  /** From published experiences of 3 or more councils a reader can tell apart. */
  async ratings(actor: Actor, supplierId: string): Promise<SupplierRatings> {
    const supplier = await this.suppliers.get(actor, supplierId);
    const experiences = await this.dataSource
      .getRepository(ExperienceEntity)
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
