import type { SupplierExperienceEntity } from './supplier-experience.entity';
import { supplierRatings } from './supplier-ratings';

const experience = (
  councilCode: string,
  rating: number,
  status: SupplierExperienceEntity['status'] = 'PUBLISHED',
) => ({
  councilCode,
  status,
  wouldBuyAgain: rating >= 3,
  ratingDelivery: rating,
  ratingValueForMoney: rating,
  ratingSupport: 5,
  ratingInteroperability: 1,
  ratingExitAndDataPortability: rating,
});

describe('supplier ratings', () => {
  it('reveals nothing until three councils have published experiences', () => {
    expect(supplierRatings([])).toEqual({ enoughExperiences: false });
    expect(
      supplierRatings([
        experience('DER', 4),
        experience('DER', 2),
        experience('NOT', 5),
        experience('KEN', 1, 'SUBMITTED'),
        experience('SKP', 1, 'REMOVED'),
      ]),
    ).toEqual({ enoughExperiences: false });
  });

  it('averages each dimension with counts and distribution over published experiences', () => {
    const ratings = supplierRatings([
      experience('DER', 4),
      experience('DER', 2),
      experience('NOT', 5),
      experience('KEN', 4),
      experience('SKP', 1, 'REJECTED'),
    ]);
    if (!ratings.enoughExperiences) throw new Error('expected ratings');
    expect(ratings.experienceCount).toBe(4);
    expect(ratings.councilCount).toBe(3);
    expect(ratings.wouldBuyAgain).toBe(3);
    const delivery = ratings.dimensions.find((d) => d.dimension === 'delivery')!;
    expect(delivery).toEqual({
      dimension: 'delivery',
      label: 'Delivery',
      average: 3.8,
      count: 4,
      distribution: [0, 1, 0, 2, 1],
    });
    expect(ratings.dimensions.map((d) => d.dimension)).toEqual([
      'delivery',
      'valueForMoney',
      'support',
      'interoperability',
      'exitAndDataPortability',
    ]);
  });
});
