import { dateFrom, readExperienceForm } from './experience-form-values';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

describe('the experience form', () => {
  it('reads real dates only', () => {
    expect(dateFrom('1', '4', '2021')).toBe('2021-04-01');
    expect(dateFrom('30', '2', '2024')).toBeUndefined();
    expect(dateFrom('1', '13', '2024')).toBeUndefined();
    expect(dateFrom('', '4', '2024')).toBeUndefined();
  });

  it('names every missing answer by the API’s field name', () => {
    const { problems } = readExperienceForm(form({ product: 'Portal' }));
    expect(problems.map((p) => p.field)).toEqual([
      'supplierId',
      'cpvCode',
      'contractStart',
      'contractEnd',
      'isCurrent',
      'valueBand',
      'routeToMarket',
      'ratingDelivery',
      'ratingValueForMoney',
      'ratingSupport',
      'ratingInteroperability',
      'ratingExitAndDataPortability',
      'wouldBuyAgain',
      'attribution',
    ]);
  });

  it('builds the input from a complete form', () => {
    const { input, problems } = readExperienceForm(
      form({
        supplierId: 's1',
        product: 'Portal',
        cpvCode: '48000000-8',
        'contractStart-day': '1',
        'contractStart-month': '4',
        'contractStart-year': '2021',
        'contractEnd-day': '31',
        'contractEnd-month': '3',
        'contractEnd-year': '2026',
        isCurrent: 'yes',
        valueBand: 'UNDER_25K',
        routeToMarket: 'DIRECT_AWARD',
        ratingDelivery: '4',
        ratingValueForMoney: '3',
        ratingSupport: '5',
        ratingInteroperability: '2',
        ratingExitAndDataPortability: '1',
        wouldBuyAgain: 'no',
        attribution: 'ANONYMISED',
        advice: 'Negotiate the exit.',
      }),
    );
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      contractStart: '2021-04-01',
      contractEnd: '2026-03-31',
      isCurrent: true,
      wouldBuyAgain: false,
      ratingSupport: 5,
      attribution: 'ANONYMISED',
      whatWorked: null,
      advice: 'Negotiate the exit.',
    });
  });
});
