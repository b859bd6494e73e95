import { readExperienceForm } from './experience-form-values';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

describe('the experience form', () => {
  it('reads dates from day, month and year, saying which box is wrong', () => {
    const { input, problems, dateParts } = readExperienceForm(
      form({
        'contractStart-day': '1',
        'contractStart-month': '4',
        'contractStart-year': '2021',
        'contractEnd-day': '30',
        'contractEnd-month': '2',
        'contractEnd-year': '2024',
      }),
    );
    expect(input.contractStart).toBe('2021-04-01');
    expect(input.contractEnd).toBe('');
    expect(problems).toContainEqual({
      field: 'contractEnd',
      message: 'The contract end date must be a real date',
    });
    expect(dateParts).toEqual({ contractEnd: ['day'] });
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
      'whatWorked',
    ]);
  });

  it('finds, in the same pass, what the API would refuse without its database', () => {
    const { problems } = readExperienceForm(
      form({
        product: 'P'.repeat(151),
        routeToMarket: 'FRAMEWORK_DIRECT_AWARD',
        extensionOptions: 'x'.repeat(501),
        'contractStart-day': '1',
        'contractStart-month': '4',
        'contractStart-year': '2024',
        'contractEnd-day': '1',
        'contractEnd-month': '4',
        'contractEnd-year': '2023',
      }),
      'softw',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'cpvCode', message: 'Choose the category from the list' },
        { field: 'product', message: 'The product or service must be 150 characters or fewer' },
        {
          field: 'extensionOptions',
          message: 'The extension options must be 500 characters or fewer',
        },
        { field: 'frameworkName', message: 'Enter the framework name' },
        {
          field: 'whatWorked',
          message: 'Tell other councils what worked, what did not or your advice',
        },
        { field: 'contractEnd', message: 'The contract end date must be after the start date' },
      ]),
    );
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
