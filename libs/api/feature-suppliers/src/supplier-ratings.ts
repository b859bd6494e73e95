import {
  MIN_COUNCILS_FOR_RATINGS,
  RATING_DIMENSION_KEYS,
  RATING_DIMENSIONS,
  type RatingDimension,
} from '@lgx/shared/domain';

import type { SupplierExperienceEntity } from './supplier-experience.entity';

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
  SupplierExperienceEntity,
  'status' | 'councilCode' | 'wouldBuyAgain' | RatingColumn
>;

const COLUMN: Record<RatingDimension, RatingColumn> = {
  delivery: 'ratingDelivery',
  valueForMoney: 'ratingValueForMoney',
  support: 'ratingSupport',
  interoperability: 'ratingInteroperability',
  exitAndDataPortability: 'ratingExitAndDataPortability',
};

/**
 * Averages per dimension over published experiences, only when at least
 * three councils contributed; fewer reveal nothing (not even how many), so
 * no single council's ratings can be picked out.
 */
export function supplierRatings(experiences: RatedExperience[]): SupplierRatings {
  const published = experiences.filter((experience) => experience.status === 'PUBLISHED');
  const councils = new Set(published.map((experience) => experience.councilCode));
  if (councils.size < MIN_COUNCILS_FOR_RATINGS) return { enoughExperiences: false };
  return {
    enoughExperiences: true,
    experienceCount: published.length,
    councilCount: councils.size,
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
