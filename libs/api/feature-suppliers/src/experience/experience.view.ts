import type { CouncilEntity } from '@lgx/api/core/councils';
import { toCouncil } from '@lgx/api/core/councils';
import {
  CONTRACT_VALUE_BANDS,
  COUNCIL_TYPES,
  type CouncilDescription,
  findCpv,
  labelOf,
  type LabelTable,
  ROUTES_TO_MARKET,
} from '@lgx/shared/domain';

import type { ExperienceEntity } from './experience.entity';
import type { SupplierExperience } from './experience.object';

const term = (labels: LabelTable, key: string) => ({ key, label: labelOf(labels, key) ?? key });

/**
 * Who an experience is attributed to: the council's name, or the description
 * it is given when anonymised (one that fits at least 5 current councils).
 */
export function attributionOf(
  experience: Pick<ExperienceEntity, 'attribution'>,
  council: Pick<CouncilEntity, 'niceName'> | undefined,
  description: CouncilDescription,
): string {
  if (experience.attribution === 'NAMED' && council) return council.niceName;
  return description.phrase;
}

/**
 * The experience as a reader sees it. `revealCouncil` is true only for a named
 * experience, or for its own council's officers and moderators: otherwise the
 * council is not in any field.
 */
export function toSupplierExperience(
  experience: ExperienceEntity,
  options: {
    supplierName: string;
    council: CouncilEntity | undefined;
    /** How the council is described when anonymised. */
    description: CouncilDescription;
    revealCouncil: boolean;
    mayEdit: boolean;
    showModeration: boolean;
  },
): SupplierExperience {
  const { council, description, revealCouncil } = options;
  // Others learn of an anonymised council only what its description says.
  const region = revealCouncil ? (council?.region ?? null) : description.region;
  const typeCode = revealCouncil ? (council?.typeCode ?? null) : description.typeCode;
  return {
    id: experience.id,
    supplierId: experience.supplierId,
    supplierName: options.supplierName,
    attributedTo: attributionOf(experience, council, description),
    attribution: experience.attribution,
    council: revealCouncil && council ? toCouncil(council) : null,
    region,
    councilTypeName: labelOf(COUNCIL_TYPES, typeCode) ?? null,
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
