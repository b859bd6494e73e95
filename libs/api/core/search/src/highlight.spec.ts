import { MATCH_END, MATCH_START, toSegments } from './highlight';

describe('toSegments', () => {
  it('splits matches from plain text', () => {
    expect(toSegments(`AI for ${MATCH_START}adult social care${MATCH_END} assessments`)).toEqual([
      { text: 'AI for ', match: false },
      { text: 'adult social care', match: true },
      { text: ' assessments', match: false },
    ]);
  });

  it('keeps markup in indexed text as text', () => {
    expect(toSegments(`<script>alert(1)</script> ${MATCH_START}bins${MATCH_END}`)).toEqual([
      { text: '<script>alert(1)</script> ', match: false },
      { text: 'bins', match: true },
    ]);
  });

  it('handles empty and unmatched text', () => {
    expect(toSegments(undefined)).toEqual([]);
    expect(toSegments('plain')).toEqual([{ text: 'plain', match: false }]);
  });
});
