import type { ExperienceEntity } from '../experience/experience.entity';
import { distinguishableCouncils, supplierRatings } from './supplier-rating';

/** Kent and Surrey are both "a county council in the South East"; Derby and Nottingham each their own. */
const DESCRIPTIONS: Record<string, string> = {
  KEN: 'CTY|South East',
  SRY: 'CTY|South East',
  DER: 'UA|East Midlands',
  NOT: 'UA|East Midlands 2',
  SKP: 'MD|North West',
};
const keyOf = (code: string) => DESCRIPTIONS[code] ?? code;

const experience = (
  councilCode: string,
  rating: number,
  status: ExperienceEntity['status'] = 'PUBLISHED',
  attribution: ExperienceEntity['attribution'] = 'NAMED',
) => ({
  councilCode,
  status,
  attribution,
  wouldBuyAgain: rating >= 3,
  ratingDelivery: rating,
  ratingValueForMoney: rating,
  ratingSupport: 5,
  ratingInteroperability: 1,
  ratingExitAndDataPortability: rating,
});

describe('supplier ratings', () => {
  it('reveals nothing until three councils have published experiences', () => {
    expect(supplierRatings([], keyOf)).toEqual({ enoughExperiences: false });
    expect(
      supplierRatings(
        [
          experience('DER', 4),
          experience('DER', 2),
          experience('NOT', 5),
          experience('KEN', 1, 'SUBMITTED'),
          experience('SKP', 1, 'REMOVED'),
        ],
        keyOf,
      ),
    ).toEqual({ enoughExperiences: false });
  });

  it('averages each dimension with counts and distribution over published experiences', () => {
    const ratings = supplierRatings(
      [
        experience('DER', 4),
        experience('DER', 2),
        experience('NOT', 5),
        experience('KEN', 4),
        experience('SKP', 1, 'REJECTED'),
      ],
      keyOf,
    );
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

  it('counts an anonymised experience as another council only when its description is no named council’s', () => {
    const anonymous = (code: string) => experience(code, 3, 'PUBLISHED', 'ANONYMISED');
    // Kent and Derby named; the anonymised one is Surrey's, but Kent fits its description too.
    const withSurrey = [experience('KEN', 4), experience('DER', 4), anonymous('SRY')];
    const withKent = [experience('KEN', 4), experience('DER', 4), anonymous('KEN')];
    expect(distinguishableCouncils(withSurrey, keyOf)).toBe(2);
    // Whether it is by Kent itself or by Surrey, readers are told the same.
    expect(supplierRatings(withSurrey, keyOf)).toEqual(supplierRatings(withKent, keyOf));
    expect(supplierRatings(withSurrey, keyOf)).toEqual({ enoughExperiences: false });
    // One whose description no named council has must be a third council.
    const ratings = supplierRatings([...withSurrey, anonymous('SKP'), anonymous('SKP')], keyOf);
    expect(ratings).toMatchObject({ enoughExperiences: true, councilCount: 3, experienceCount: 5 });
  });
});
