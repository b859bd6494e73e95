import { CouncilRegisterError, parseCouncilRegister } from './council-register-parser';

const HEADER =
  'local-authority-code,official-name,nice-name,gss-code,start-date,end-date,replaced-by,nation,region,local-authority-type,county-la,combined-authority,alt-names,current-authority,gov-uk-slug,area,pop-2020,lat,long';
const DERBY =
  'DER,Derby City Council,Derby,E06000015,,,,England,East Midlands,UA,,EMCA,"Derby,derby city",True,derby,78.0,257302.0,52.91,-1.47';
const FORMER =
  'ABC,Old District Council,Old,E07000001,1974-04-01,2023-03-31,"DER,DBY",England,East Midlands,NMD,DBY,,,False,,10.0,,,';

function problemsOf(csv: string) {
  try {
    parseCouncilRegister(csv);
  } catch (error) {
    if (error instanceof CouncilRegisterError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseCouncilRegister', () => {
  it('types a row', () => {
    const [derby, former] = parseCouncilRegister([HEADER, DERBY, FORMER].join('\n'));
    expect(derby).toMatchObject({
      code: 'DER',
      gssCode: 'E06000015',
      niceName: 'Derby',
      altNames: 'Derby,derby city',
      typeCode: 'UA',
      combinedAuthorityCode: 'EMCA',
      population: 257302,
      areaKm2: 78,
      isCurrent: true,
      replacedBy: [],
    });
    expect(former).toMatchObject({
      isCurrent: false,
      endDate: '2023-03-31',
      replacedBy: ['DER', 'DBY'],
      population: null,
    });
  });

  it('names the line and column of each problem', () => {
    const bad = DERBY.replace('England', 'Mercia')
      .replace('257302.0', 'lots')
      .replace(',UA,', ',XX,');
    expect(problemsOf([HEADER, bad].join('\n'))).toEqual([
      { line: 2, column: 'pop-2020', message: '"lots" is not a number' },
      { line: 2, column: 'nation', message: expect.stringContaining('"Mercia"') },
      { line: 2, column: 'local-authority-type', message: '"XX" is not a known council type' },
    ]);
  });

  it('refuses duplicate codes, bad dates and a missing column', () => {
    expect(problemsOf([HEADER, DERBY, DERBY].join('\n'))).toEqual([
      { line: 3, column: 'local-authority-code', message: '"DER" already appears on line 2' },
    ]);
    expect(
      problemsOf([HEADER, FORMER.replace('2023-03-31', '31/03/2023')].join('\n'))[0],
    ).toMatchObject({
      column: 'end-date',
    });
    expect(
      problemsOf([HEADER.replace(',nation', ''), DERBY.replace(',England', '')].join('\n'))[0],
    ).toMatchObject({
      line: 1,
      column: 'nation',
    });
  });
});
