import { countOf, seeAll } from './topic-counts';

describe('topic counts', () => {
  it('counts in words', () => {
    expect(countOf(1, 'case study', 'case studies')).toBe('1 case study');
    expect(countOf(1203, 'case study', 'case studies')).toBe('1,203 case studies');
  });

  it('says what the search link finds, and does not promise results that are not there', () => {
    expect(seeAll(12, 'case study', 'case studies', 'Net zero')).toBe(
      'See all 12 case studies about Net zero in search',
    );
    expect(seeAll(0, 'component', 'components', 'Cloud')).toBe('Search every component for Cloud');
  });
});
