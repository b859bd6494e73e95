import {
  MIN_COUNCILS_FOR_RATINGS,
  RATING_DIMENSION_KEYS,
  RATING_DIMENSIONS,
  type RatingDimension,
} from '@lgx/shared/domain';

import type { ExperienceEntity } from '../experience/experience.entity';

export interface DimensionRatings {
  dimension: RatingDimension;
  label: string;
  /** Mean, to one decimal place. */
  average: number;
  count: number;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: number[];
}

export type SupplierRatings =
  | { enoughExperiences: false }
  | {
      enoughExperiences: true;
      experienceCount: number;
      councilCount: number;
      wouldBuyAgain: number;
      dimensions: DimensionRatings[];
    };

type RatingColumn =
  | 'ratingDelivery'
  | 'ratingValueForMoney'
  | 'ratingSupport'
  | 'ratingInteroperability'
  | 'ratingExitAndDataPortability';

export type RatedExperience = Pick<
  ExperienceEntity,
  'status' | 'councilCode' | 'attribution' | 'wouldBuyAgain' | RatingColumn
>;

const COLUMN: Record<RatingDimension, RatingColumn> = {
  delivery: 'ratingDelivery',
  valueForMoney: 'ratingValueForMoney',
  support: 'ratingSupport',
  interoperability: 'ratingInteroperability',
  exitAndDataPortability: 'ratingExitAndDataPortability',
};

/**
 * How many councils a reader can tell the experiences come from: each council
 * named, and one for each anonymised description that none of them has. It is
 * never more than the true number, and is worked out only from what every
 * reader sees (the named councils and the descriptions), so neither it nor
 * whether ratings are shown can tell whether an anonymised experience is by a
 * council that also wrote a named one.
 */
export function distinguishableCouncils(
  published: Pick<RatedExperience, 'councilCode' | 'attribution'>[],
  descriptionKeyOf: (councilCode: string) => string,
): number {
  const named = new Set(
    published.filter((e) => e.attribution === 'NAMED').map((e) => e.councilCode),
  );
  const namedKeys = new Set([...named].map(descriptionKeyOf));
  const anonymousKeys = new Set(
    published
      .filter((e) => e.attribution !== 'NAMED')
      .map((e) => descriptionKeyOf(e.councilCode))
      .filter((key) => !namedKeys.has(key)),
  );
  return named.size + anonymousKeys.size;
}

/**
 * Averages per dimension over published experiences, only when at least
 * three councils can be told apart (`distinguishableCouncils`); fewer reveal
 * nothing (not even how many), so no single council's ratings can be picked out.
 */
export function supplierRatings(
  experiences: RatedExperience[],
  descriptionKeyOf: (councilCode: string) => string,
): SupplierRatings {
  const published = experiences.filter((experience) => experience.status === 'PUBLISHED');
  const councilCount = distinguishableCouncils(published, descriptionKeyOf);
  if (councilCount < MIN_COUNCILS_FOR_RATINGS) return { enoughExperiences: false };
  return {
    enoughExperiences: true,
    experienceCount: published.length,
    councilCount,
    wouldBuyAgain: published.filter((experience) => experience.wouldBuyAgain).length,
    dimensions: RATING_DIMENSION_KEYS.map((dimension) => {
      const values = published.map((experience) => experience[COLUMN[dimension]]);
      const distribution = [1, 2, 3, 4, 5].map((star) => values.filter((v) => v === star).length);
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      return {
        dimension,
        label: RATING_DIMENSIONS[dimension],
        average: Math.round(mean * 10) / 10,
        count: values.length,
        distribution,
      };
    }),
  };
}
