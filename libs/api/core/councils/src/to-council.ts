import { COUNCIL_TYPES, type CouncilTypeCode, labelOf, nationKeyOf } from '@lgx/shared/domain';

import type { CouncilEntity } from './council.entity';
import type { Council } from './council.object';

/** The GraphQL view of a register row. */
export function toCouncil(entity: CouncilEntity): Council {
  const type = entity.typeCode as CouncilTypeCode;
  return {
    code: entity.code,
    gssCode: entity.gssCode,
    officialName: entity.officialName,
    name: entity.niceName,
    type,
    typeName: labelOf(COUNCIL_TYPES, type) ?? entity.typeCode,
    nation: nationKeyOf(entity.nation) ?? 'ENGLAND',
    region: entity.region,
    population: entity.population,
    areaKm2: entity.areaKm2,
    latitude: entity.latitude,
    longitude: entity.longitude,
    startDate: entity.startDate,
    endDate: entity.endDate,
    isCurrent: entity.isCurrent,
    govUkSlug: entity.govUkSlug,
    countyCode: entity.countyCode,
    combinedAuthorityCode: entity.combinedAuthorityCode,
    replacedByCodes: entity.replacedBy,
  };
}
