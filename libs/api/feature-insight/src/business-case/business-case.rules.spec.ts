import { readBusinessCaseRequest } from './business-case.rules';

const ID = '0b6c5f7e-1d2a-4c3b-9e8f-7a6b5c4d3e2f';

describe('where a business case starts', () => {
  it('reads a case study id (trimmed, any case) or an objective and a technology', () => {
    expect(readBusinessCaseRequest({ caseStudy: ` ${ID.toUpperCase()} ` }).request).toEqual({
      kind: 'case-study',
      caseStudyId: ID,
      measuredOnly: false,
    });
    expect(readBusinessCaseRequest({ objective: 'EFFICIENCY', technology: 'AI' }).request).toEqual({
      kind: 'cell',
      objective: 'EFFICIENCY',
      technology: 'AI',
      measuredOnly: false,
    });
  });

  it.each([
    [true, true],
    ['true', true],
    [false, false],
    ['false', false],
    [null, false],
    [undefined, false],
    ['', false],
  ])('reads measuredOnly %j as %j', (measuredOnly, expected) => {
    const cell = { objective: 'EFFICIENCY', technology: 'AI', measuredOnly };
    expect(readBusinessCaseRequest(cell).request?.measuredOnly).toBe(expected);
    expect(readBusinessCaseRequest({ caseStudy: ID, measuredOnly }).request?.measuredOnly).toBe(
      expected,
    );
  });

  it.each([
    [{}, 'objective', /Say where the business case starts/],
    [{ objective: 'EFFICIENCY' }, 'technology', /Say where/],
    [{ caseStudy: 'abc' }, 'caseStudy', /not one LGX knows/],
    [{ caseStudy: [ID, ID] }, 'caseStudy', /not one LGX knows/],
    [{ caseStudy: ID, technology: 'AI' }, 'caseStudy', /not both/],
    [
      { objective: 'toString', technology: 'AI' },
      'objective',
      /objective must be one of: EFFICIENCY/,
    ],
    [{ objective: 'EFFICIENCY', technology: ['AI'] }, 'technology', /technology must be one of/],
    [{ objective: 'efficiency', technology: 'AI' }, 'objective', /must be one of/],
    [
      { caseStudy: ID, measuredOnly: 'yes' },
      'measuredOnly',
      /measuredOnly must be true .* or false/,
    ],
    [{ caseStudy: ID, measuredOnly: 1 }, 'measuredOnly', /measuredOnly must be true/],
    [{ caseStudy: ID, measuredOnly: ['true', 'false'] }, 'measuredOnly', /measuredOnly must be/],
    [{ caseStudy: ID, measuredOnly: 'TRUE ' }, 'measuredOnly', /measuredOnly must be/],
  ])('refuses %j, naming the field', (asked, field, message) => {
    const { problem } = readBusinessCaseRequest(asked);
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
  });
});
