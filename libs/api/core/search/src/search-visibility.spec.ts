import { quote, visibilityFilter, VISITOR_SCOPE } from './search-visibility';

describe('visibilityFilter', () => {
  it('lets a visitor see only public records', () => {
    expect(visibilityFilter(VISITOR_SCOPE)).toBe('(visibility = "public")');
  });

  it('adds officer-only records, the council’s own drafts and the groups’ private records', () => {
    expect(visibilityFilter({ officer: true, councilCode: 'DER', groupIds: ['g1', 'g2'] })).toBe(
      '(visibility = "public" OR visibility = "officers" OR (visibility = "council" AND councilCodes = "DER") OR (visibility = "group" AND groupIds IN ["g1", "g2"]))',
    );
  });

  it('quotes values so they cannot change the filter', () => {
    expect(quote('x" OR visibility = "officers')).toBe('"x\\" OR visibility = \\"officers"');
  });
});
