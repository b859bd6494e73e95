import { checkExperience, type ExperienceFields } from './experience.rules';

const valid: ExperienceFields = {
  supplierId: '00000000-0000-4000-8000-000000000001',
  product: 'Case management system',
  cpvCode: '72000000-5',
  contractStart: '2022-04-01',
  contractEnd: '2026-03-31',
  valueBand: 'FROM_500K_TO_2M',
  routeToMarket: 'OPEN_PROCEDURE',
  ratingDelivery: 4,
  ratingValueForMoney: 3,
  ratingSupport: 4,
  ratingInteroperability: 3,
  ratingExitAndDataPortability: 3,
  wouldBuyAgain: true,
  whatWorked: 'Delivery went to plan.',
  isCurrent: true,
  attribution: 'NAMED',
};
const fields = (extra: Partial<ExperienceFields>) =>
  checkExperience({ ...valid, ...extra }).problems.map((p) => p.field);

describe('checkExperience', () => {
  it('accepts a valid experience', () => {
    expect(fields({})).toEqual([]);
  });

  it('refuses an inherited name as value band or route to market', () => {
    for (const name of ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(fields({ valueBand: name })).toEqual(['valueBand']);
      expect(fields({ routeToMarket: name })).toEqual(['routeToMarket']);
    }
  });

  it('refuses impossible contract dates, naming the field', () => {
    for (const date of ['2023-02-30', '2023-13-01', '2023-02-29', '2023-06-31']) {
      expect(fields({ contractStart: date })).toEqual(['contractStart']);
      expect(fields({ contractEnd: date })).toEqual(['contractEnd']);
    }
    expect(checkExperience({ ...valid, contractEnd: '2023-02-30' }).problems[0]!.message).toBe(
      'Enter the contract end date as a real date, like 2024-04-01',
    );
  });

  it('refuses ratings outside 1 to 5', () => {
    for (const rating of [0, 6, -1, 2147483647, 2.5])
      expect(fields({ ratingSupport: rating })).toEqual(['ratingSupport']);
  });
});
