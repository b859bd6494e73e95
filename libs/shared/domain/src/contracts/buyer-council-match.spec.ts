import { type BuyerCouncilMatch, createBuyerCouncilMatcher } from './buyer-council-match';
import { buyerNameKey } from './buyer-name';
import { type CouncilRegisterEntry } from './council-name-index';
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

describe('what the matcher says about a buyer', () => {
  it('names the department after a council and the council it matched', () => {
    expect(match({ name: "Derby City Council - Children's Services" })).toEqual({
      outcome: 'matched',
      match: 'DER',
      by: 'name',
      councilName: 'Derby City Council',
      department: 'childrens services',
    });
  });

  it('matches a former council only by identifier or exact official name, and says so', () => {
    expect(match({ name: 'Somerset County Council' })).toMatchObject({
      outcome: 'matched',
      match: 'SOM',
      formerCouncil: { replacedBy: ['SMT'] },
      note: expect.stringContaining('former council'),
    });
    expect(match({ name: 'Cumbria Council' })).toMatchObject({
      outcome: 'unmatched',
      candidates: ['CMA', 'CBD', 'WAF'],
    });
    expect(match({ name: 'Cumbria', identifier: { scheme: 'GB-LAE', id: 'CMA' } })).toMatchObject({
      outcome: 'matched',
      match: 'CMA',
      by: 'identifier',
      formerCouncil: { replacedBy: ['CBD', 'WAF'] },
    });
  });

  it('reads identifiers of every register scheme, a GSS code and additional identifiers', () => {
    const byIdentifier = (identifier: { scheme?: string; id?: string }, name = '') =>
      matchedCode(match({ name, identifier }));
    expect(byIdentifier({ scheme: 'GB-LAE', id: 'der' })).toBe('DER');
    expect(byIdentifier({ scheme: 'GB-LAS', id: 'ZET' })).toBe('ZET');
    expect(byIdentifier({ scheme: 'GB-PLA', id: 'AGY' })).toBe('AGY');
    expect(byIdentifier({ scheme: 'GB-LANI', id: 'BFS' })).toBe('BFS');
    expect(byIdentifier({ scheme: 'GB-LAE', id: 'GB-LAE-DER' })).toBe('DER');
    expect(byIdentifier({ id: 'GB-LAE-DER' })).toBe('DER');
    expect(byIdentifier({ scheme: 'GB-ONS', id: 'E06000015' })).toBe('DER');
    expect(byIdentifier({ scheme: 'GB-LAE', id: 'E06000015' })).toBe('DER');
    // A register code in the wrong nation's scheme is not known: the name decides.
    expect(byIdentifier({ scheme: 'GB-LAS', id: 'DER' })).toBeNull();
    expect(
      match({
        name: 'Derby',
        identifier: { scheme: 'GB-SRS', id: 'sid4gov.cabinetoffice.gov.uk/x' },
        additionalIdentifiers: [{ scheme: 'GB-LAE', id: 'DER' }],
      }),
    ).toMatchObject({ outcome: 'matched', match: 'DER', by: 'identifier' });
  });

  it('leaves for a person a buyer whose identifier and name disagree', () => {
    expect(
      match({ name: 'Leicester City Council', identifier: { scheme: 'GB-LAE', id: 'LEC' } }),
    ).toMatchObject({ outcome: 'unmatched', candidates: ['LEC', 'LCE'] });
    expect(
      match({
        name: 'Derby City Council',
        identifier: { scheme: 'GB-LAE', id: 'DER' },
        additionalIdentifiers: [{ scheme: 'GB-LAE', id: 'DBY' }],
      }),
    ).toMatchObject({ outcome: 'unmatched', candidates: ['DER', 'DBY'] });
  });

  it('says why a body is not a principal council', () => {
    expect(match({ name: 'Mickleover Parish Council' })).toEqual({
      outcome: 'notACouncil',
      notACouncil:
        '"Mickleover Parish Council" reads as a parish, town or community council, not a principal council',
    });
    expect(match({ name: 'Derby Homes Ltd' })).toMatchObject({
      notACouncil: expect.stringContaining('a company'),
    });
    expect(match({ name: 'Cabinet Office' })).toMatchObject({ outcome: 'notACouncil' });
  });

  it('gives the candidates when it is unsure', () => {
    expect(match({ name: 'Derby County Council' })).toMatchObject({
      outcome: 'unmatched',
      candidates: ['DER'],
    });
    expect(match({ name: 'Kent County Council - Fire and Rescue' })).toMatchObject({
      outcome: 'unmatched',
      candidates: ['KEN'],
    });
    expect(match({ name: 'Derby City Council / Derbyshire County Council' })).toMatchObject({
      outcome: 'unmatched',
      candidates: ['DER', 'DBY'],
    });
    expect(match({ name: 'ENTERPRISE CHESHIRE AND WARRINGTON' })).toMatchObject({
      outcome: 'unmatched',
      candidates: ['WRT'],
    });
    expect(match({ name: '  ' })).toMatchObject({ outcome: 'unmatched', candidates: [] });
  });

  it('reads names and schemes that are also names every object has', () => {
    expect(match({ name: 'Derby City Council - Constructor' })).toMatchObject({
      match: 'DER',
      department: 'constructor',
    });
    expect(
      match({ name: 'Derby City Council', identifier: { scheme: 'constructor', id: 'toString' } }),
    ).toMatchObject({ match: 'DER', by: 'name' });
    expect(match({ name: 'toString' })).toMatchObject({ outcome: 'notACouncil' });
  });

  it('answers a buyer seen again the same, with a copy its caller may change', () => {
    const first = match({ name: 'Merton Council' });
    if (first.outcome === 'matched') first.match = 'XXX';
    expect(match({ name: 'Merton Council' })).toMatchObject({ match: 'MRT' });
    expect(
      match({ name: 'Merton Council', identifier: { scheme: 'GB-LAE', id: 'KTT' } }),
    ).toMatchObject({ outcome: 'unmatched' });
  });

  it('keys a buyer name the same in any case, accents and punctuation', () => {
    expect(buyerNameKey('THE  Cyngor Sir Ynys Môn & Co.')).toBe(
      buyerNameKey('the cyngor sir ynys mon and co'),
    );
  });

  it('keys a name with a leading "The" as the name without it, so one decision serves both', () => {
    expect(buyerNameKey('The Moray Council')).toBe('moray council');
    expect(buyerNameKey('The')).toBe('the');
  });
});

describe('every council of the register, named as notices name it', () => {
  const principal = loadCouncilRegister().filter(
    (council) => council.isCurrent && !['COMB', 'SRA'].includes(council.councilType),
  );
  const forms = (council: CouncilRegisterEntry) => [
    council.officialName,
    council.officialName.toUpperCase(),
    council.officialName.startsWith('The ') ? council.officialName : `The ${council.officialName}`,
    `${council.officialName} - Procurement`,
    `${council.officialName}: Adult Social Care`,
    `${council.niceName} Council`,
  ];

  const traps = (council: CouncilRegisterEntry) => [
    `University of ${council.niceName}`,
    `${council.niceName} College`,
    `${council.niceName} Homes Ltd`,
    `${council.officialName} Trading Ltd`,
    `${council.niceName} Fire and Rescue Service`,
    `${council.niceName} Police`,
    `${council.niceName} Town Council`,
    `NHS ${council.niceName} Integrated Care Board`,
    `${council.niceName} Housing Association`,
    `${council.niceName} Academy Trust`,
  ];

  it('matches none of the other bodies named after its place', () => {
    const matched = principal
      .flatMap((council) => traps(council).map((name) => ({ name, result: match({ name }) })))
      .filter(({ result }) => result.outcome === 'matched');
    expect(matched.map(({ name, result }) => `${name} -> ${matchedCode(result)}`)).toEqual([]);
  });

  it('matches each to its own council and never to another', () => {
    const results = principal.flatMap((council) =>
      forms(council).map((name) => ({ name, code: council.code, result: match({ name }) })),
    );
    const wrong = results.filter(
      ({ code, result }) => result.outcome === 'matched' && result.match !== code,
    );
    const missed = results.filter(({ result }) => result.outcome !== 'matched');
    console.log(
      `register forms: ${results.length - missed.length}/${results.length} matched, ${wrong.length} wrong`,
    );
    expect(wrong.map(({ name, result }) => `${name} -> ${matchedCode(result)}`)).toEqual([]);
    expect(missed.map(({ name, result }) => [name, result])).toEqual([]);
  });
});
