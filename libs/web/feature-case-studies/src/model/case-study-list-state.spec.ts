import {
  caseStudyListPath,
  caseStudyListVariables,
  readCaseStudyList,
  toggled,
} from './case-study-list-state';

const ATTRIBUTES = ['serviceAreas', 'region'];
const read = (search: string) => readCaseStudyList(new URLSearchParams(search), ATTRIBUTES);

describe('the case studies list in its address', () => {
  it('reads only the filters search offers, and writes them back the same', () => {
    const state = read(
      'q=bins&region=East+Midlands&serviceAreas=Housing&serviceAreas=Waste&x=1&sort=name',
    );
    expect(state).toMatchObject({
      query: 'bins',
      chosen: { serviceAreas: ['Housing', 'Waste'], region: ['East Midlands'] },
      sort: 'NAME',
    });
    expect(caseStudyListPath(state)).toBe(
      '/case-studies?q=bins&serviceAreas=Housing&serviceAreas=Waste&region=East+Midlands&sort=name',
    );
    expect(caseStudyListPath(read(''))).toBe('/case-studies');
  });

  it('starts again from the first page when a filter changes, and drops an emptied filter', () => {
    const state = read('serviceAreas=Housing&after=MjA&prev=MTA');
    const off = toggled(state, 'serviceAreas', 'Housing', false);
    expect(off).toMatchObject({ chosen: {}, after: null, previous: [] });
    expect(caseStudyListPath(toggled(off, 'region', 'Wales', true))).toBe(
      '/case-studies?region=Wales',
    );
  });

  it('asks for case studies only, the newest first when there are no words to match', () => {
    expect(caseStudyListVariables(read('sort=best-match'))).toEqual({
      query: '',
      filters: { types: ['CASE_STUDY'] },
      sort: 'NEWEST',
      first: 20,
    });
    expect(caseStudyListVariables(read('q=bins&sort=best-match')).sort).toBe('RELEVANCE');
  });
});
