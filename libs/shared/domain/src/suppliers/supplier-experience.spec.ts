import { anonymisedCouncil, overallRating, ratingBand } from './supplier-experience';

describe('supplier experiences', () => {
  it('names an anonymised council by type and region only', () => {
    expect(anonymisedCouncil('NMD', 'East Midlands')).toBe(
      'a district council in the East Midlands',
    );
    expect(anonymisedCouncil('UA', 'South West')).toBe('a unitary authority in the South West');
    expect(anonymisedCouncil('LBO', 'London')).toBe('a London borough');
    expect(anonymisedCouncil('SCO', 'Scotland')).toBe('a Scottish council');
    expect(anonymisedCouncil(null, null)).toBe('a council');
    expect(anonymisedCouncil('CTY', null)).toBe('a county council');
    expect(anonymisedCouncil(null, 'North West')).toBe('a council in the North West');
    expect(anonymisedCouncil(null, 'Wales')).toBe('a council in Wales');
    expect(anonymisedCouncil(null, 'England')).toBe('a council in England');
    expect(anonymisedCouncil('MD', 'Yorkshire and The Humber')).toBe(
      'a metropolitan borough in Yorkshire and The Humber',
    );
    expect(anonymisedCouncil('toString', 'London')).toBe('a council in London');
  });

  it('bands a mean rating for the search facet', () => {
    expect(ratingBand(5)).toBe('4 to 5 stars');
    expect(ratingBand(4.2)).toBe('4 to 5 stars');
    expect(ratingBand(3.99)).toBe('3 to 4 stars');
    expect(ratingBand(1)).toBe('1 to 2 stars');
    expect(overallRating([4, 5, 3, 4, 4])).toBeCloseTo(4);
    expect(overallRating([])).toBeUndefined();
  });
});
