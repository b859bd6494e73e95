import { findCpv } from '@lgx/shared/domain';

import type { SupplierEntity } from './supplier.entity';
import type { Supplier } from './supplier.object';

export const toSupplier = (entity: SupplierEntity): Supplier => ({
  id: entity.id,
  name: entity.name,
  companyNumber: entity.companyNumber,
  website: entity.website,
  productsAndServices: entity.productsAndServices,
  categories: entity.cpvCodes.map((code) => ({ code, label: findCpv(code)?.label ?? code })),
  verified: entity.verified,
});
