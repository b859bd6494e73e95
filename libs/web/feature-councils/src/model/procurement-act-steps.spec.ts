import { procurementActSteps } from './procurement-act-steps';

describe('procurementActSteps', () => {
  it('gives the pipeline, planned procurement and tender notice dates from the end, each with its source', () => {
    const steps = procurementActSteps('2028-03-31', { amount: '2500000', currency: 'GBP' });
    expect(steps.map((step) => [step.title, step.when])).toEqual([
      ['Pipeline notice', 'by 26 May 2026 (financial year from 1 April 2026)'],
      ['Planned procurement notice', 'from 30 June 2026 to 21 May 2027'],
      ['Tender notice', 'by 30 June 2027'],
    ]);
    expect(steps[0]!.detail).toMatch(/^Over £2m/);
    expect(steps[1]!.sources[0]!.url).toBe(
      'https://www.legislation.gov.uk/ukpga/2023/54/section/15',
    );
  });

  it('says when the value is under the pipeline threshold or not known in pounds', () => {
    expect(
      procurementActSteps('2028-03-31', { amount: '150000', currency: 'GBP' })[0]!.detail,
    ).toMatch(/^At £2m or less/);
    expect(procurementActSteps('2028-03-31', { amount: null, currency: null })[0]!.detail).toMatch(
      /value in pounds is not known/,
    );
  });
});
