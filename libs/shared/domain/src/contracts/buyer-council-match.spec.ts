import { type BuyerCouncilMatch, createBuyerCouncilMatcher } from './buyer-council-match';
import { SAMPLE_BUYERS } from './test/buyer-name-table';
import { loadCouncilRegister } from './test/council-register';
import { KNOWN_COUNCIL_BUYERS, KNOWN_OTHER_BUYERS } from './test/known-buyer-names';

const match = createBuyerCouncilMatcher(loadCouncilRegister());
const TABLE = [...SAMPLE_BUYERS, ...KNOWN_COUNCIL_BUYERS, ...KNOWN_OTHER_BUYERS];

const matchedCode = (result: BuyerCouncilMatch) =>
  result.outcome === 'matched' ? result.match : null;

describe('buyers to councils, on the table of real buyer names', () => {
  const results = TABLE.map((row) => ({ row, result: match(row.buyer) }));
  const principal = results.filter(({ row }) => row.council !== null);
  const matched = principal.filter(({ row, result }) => matchedCode(result) === row.council);
  const wrong = results.filter(
    ({ row, result }) => result.outcome === 'matched' && result.match !== row.council,
  );

  it('matches no buyer to the wrong council, nor a body that is not a principal council', () => {
    expect(wrong.map(({ row, result }) => `${row.buyer.name} -> ${matchedCode(result)}`)).toEqual(
      [],
    );
  });

  it('matches at least 95% of principal-council buyers', () => {
    const rate = matched.length / principal.length;
    const sampleRows = principal.filter(({ row }) => row.from === 'sample');
    const sampleMatched = matched.filter(({ row }) => row.from === 'sample');
    console.log(
      `buyers to councils: ${matched.length}/${principal.length} principal-council buyers matched ` +
        `(${(rate * 100).toFixed(1)}%; sample ${sampleMatched.length}/${sampleRows.length}), ` +
        `${wrong.length} wrong matches, ${results.length - principal.length} other bodies left alone`,
    );
    const missed = principal.filter(({ row, result }) => matchedCode(result) !== row.council);
    for (const { row, result } of missed) console.log(`missed: ${row.buyer.name}`, result);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it.each(SAMPLE_BUYERS.map((row) => [row.buyer.name ?? '', row] as const))(
    'sample buyer %s',
    (_name, row) => {
      expect(matchedCode(match(row.buyer))).toBe(row.council);
    },
  );
});
