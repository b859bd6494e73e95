import { businessCaseVariables, documentHref, hasStart } from './business-case-request';

describe('the business case address', () => {
  it('reads a start from a case study', () => {
    const variables = businessCaseVariables(new URLSearchParams('caseStudy=abc-1'));
    expect(variables).toEqual({ caseStudy: 'abc-1', objective: null, technology: null });
    expect(hasStart(variables)).toBe(true);
    expect(documentHref(variables, 'docx')).toBe('/business-case/document.docx?caseStudy=abc-1');
  });

  it('reads a start from a sector map cell, and needs both its keys', () => {
    const cell = businessCaseVariables(new URLSearchParams('objective=EFFICIENCY&technology=AI'));
    expect(hasStart(cell)).toBe(true);
    expect(documentHref(cell, 'md')).toBe(
      '/business-case/document.md?objective=EFFICIENCY&technology=AI',
    );
    expect(hasStart(businessCaseVariables(new URLSearchParams('objective=EFFICIENCY')))).toBe(
      false,
    );
    expect(hasStart(businessCaseVariables(new URLSearchParams('caseStudy=%20')))).toBe(false);
  });
});
