import { problemsFromError } from '@lgx/web/ui';

import { caseStudyFormErrors } from './case-study-form-errors';

describe('caseStudyFormErrors', () => {
  it('maps every field problem from extensions.fields to its input, in form order', () => {
    const problems = problemsFromError({
      message: 'Enter a title. Enter a summary. ...',
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'sourceUrl', message: 'Enter a web address starting with https://' },
        { field: 'investment', message: 'Enter the investment in pounds, like 150000 or 1.5m' },
        { field: 'title', message: 'Enter a title' },
        { field: 'coAuthorCouncilCodes', message: 'XYZ is not a current council' },
        { field: 'stoppedReason', message: 'Say why the project stopped' },
        { field: 'summary', message: 'Enter a summary' },
        { field: 'serviceAreas', message: '"NOPE" is not a service area' },
      ],
    });
    const errors = caseStudyFormErrors(problems);
    expect(errors.summary).toEqual([
      { fieldId: 'title', message: 'Enter a title' },
      { fieldId: 'summary', message: 'Enter a summary' },
      { fieldId: 'stopped-reason', message: 'Say why the project stopped' },
      { fieldId: 'investment', message: 'Enter the investment in pounds, like 150000 or 1.5m' },
      { fieldId: 'service-areas', message: '"NOPE" is not a service area' },
      { fieldId: 'co-authors', message: 'XYZ is not a current council' },
      { fieldId: 'source-url', message: 'Enter a web address starting with https://' },
    ]);
    expect(errors.byField['investment']).toBe(
      'Enter the investment in pounds, like 150000 or 1.5m',
    );
    expect(errors.hasErrors).toBe(true);
  });

  it('links a date to its first box in error, and shows the message on the date input', () => {
    const errors = caseStudyFormErrors(
      [
        { field: 'endDate', message: 'The end date must be the same as or after the start date' },
        { field: 'startDate', message: 'Start date must include a month' },
      ],
      { startDate: ['month'] },
    );
    expect(errors.summary).toEqual([
      { fieldId: 'start-date-month', message: 'Start date must include a month' },
      {
        fieldId: 'end-date-day',
        message: 'The end date must be the same as or after the start date',
      },
    ]);
    expect(errors.byField['start-date']).toBe('Start date must include a month');
  });

  it('keeps a problem about the whole form, without a link', () => {
    expect(
      caseStudyFormErrors(problemsFromError({ message: 'LGX could not be reached.' })).summary,
    ).toEqual([{ message: 'LGX could not be reached.' }]);
  });
});
