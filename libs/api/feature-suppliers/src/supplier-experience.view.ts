import type { CouncilEntity } from '@lgx/api/core/councils';
import { toCouncil } from '@lgx/api/core/councils';
import {
  anonymisedCouncil,
  CONTRACT_VALUE_BANDS,
  COUNCIL_TYPES,
  findCpv,
  labelOf,
  type LabelTable,
  ROUTES_TO_MARKET,
} from '@lgx/shared/domain';

import type { SupplierExperienceEntity } from './supplier-experience.entity';
import type { SupplierExperience } from './supplier-experience.object';

const term = (labels: LabelTable, key: string) => ({ key, label: labelOf(labels, key) ?? key });

/** Who an experience is attributed to: the council's name, or only its type and region. */
export function attributionOf(
  experience: Pick<SupplierExperienceEntity, 'attribution'>,
  council: Pick<CouncilEntity, 'niceName' | 'typeCode' | 'region'> | undefined,
): string {
  if (experience.attribution === 'NAMED' && council) return council.niceName;
  return anonymisedCouncil(council?.typeCode ?? null, council?.region ?? null);
}

/**
 * The experience as a reader sees it. `revealCouncil` is true only for a named
 * experience, or for its own council's officers and moderators: otherwise the
 * council is not in any field.
 */
export function toSupplierExperience(
  experience: SupplierExperienceEntity,
  options: {
    supplierName: string;
    council: CouncilEntity | undefined;
    revealCouncil: boolean;
    mayEdit: boolean;
    showModeration: boolean;
  },
): SupplierExperience {
  const { council } = options;
  return {
    id: experience.id,
    supplierId: experience.supplierId,
    supplierName: options.supplierName,
    attributedTo: attributionOf(experience, council),
    attribution: experience.attribution,
    council: options.revealCouncil && council ? toCouncil(council) : null,
    region: council?.region ?? null,
    councilTypeName: council ? (labelOf(COUNCIL_TYPES, council.typeCode) ?? null) : null,
    product: experience.product,
    category: {
      code: experience.cpvCode,
      label: findCpv(experience.cpvCode)?.label ?? experience.cpvCode,
    },
    contractStart: experience.contractStart,
    contractEnd: experience.contractEnd,
    extensionOptions: experience.extensionOptions,
    valueBand: term(CONTRACT_VALUE_BANDS, experience.valueBand),
    routeToMarket: term(ROUTES_TO_MARKET, experience.routeToMarket),
    frameworkName: experience.frameworkName,
    frameworkLot: experience.frameworkLot,
    ratings: {
      delivery: experience.ratingDelivery,
      valueForMoney: experience.ratingValueForMoney,
      support: experience.ratingSupport,
      interoperability: experience.ratingInteroperability,
      exitAndDataPortability: experience.ratingExitAndDataPortability,
    },
    wouldBuyAgain: experience.wouldBuyAgain,
    whatWorked: experience.whatWorked,
    whatDidNotWork: experience.whatDidNotWork,
    advice: experience.advice,
    isCurrent: experience.isCurrent,
    status: experience.status,
    moderatorMessage: options.showModeration ? experience.moderatorMessage : null,
    canEdit: options.mayEdit,
    publishedAt: experience.publishedAt,
    updatedAt: experience.updatedAt,
  };
}
