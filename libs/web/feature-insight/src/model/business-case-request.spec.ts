import {
  businessCaseVariables,
  cellBusinessCasePath,
  documentHref,
  hasStart,
} from './business-case-request';

describe('the business case address', () => {
  it('reads a start from a case study', () => {
    const variables = businessCaseVariables(new URLSearchParams('caseStudy=abc-1'));
    expect(variables).toEqual({
      caseStudy: 'abc-1',
      objective: null,
      technology: null,
      measuredOnly: false,
    });
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

  it('carries measured figures only to the query and both downloads, and only when chosen', () => {
    const measured = businessCaseVariables(
      new URLSearchParams('objective=EFFICIENCY&technology=AI&measuredOnly=true'),
    );
    expect(measured.measuredOnly).toBe(true);
    for (const file of ['docx', 'md'] as const)
      expect(documentHref(measured, file)).toBe(
        `/business-case/document.${file}?objective=EFFICIENCY&technology=AI&measuredOnly=true`,
      );
    for (const other of ['measuredOnly=false', 'measuredOnly=yes', ''])
      expect(
        businessCaseVariables(new URLSearchParams(`caseStudy=abc-1&${other}`)).measuredOnly,
      ).toBe(false);
    expect(cellBusinessCasePath('EFFICIENCY', 'AI', true)).toBe(
      '/business-case?objective=EFFICIENCY&technology=AI&measuredOnly=true',
    );
    expect(cellBusinessCasePath('EFFICIENCY', 'AI', false)).toBe(
      '/business-case?objective=EFFICIENCY&technology=AI',
    );
  });
});
