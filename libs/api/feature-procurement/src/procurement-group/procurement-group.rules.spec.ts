import {
  checkCommitment,
  checkGroup,
  checkGroupChange,
  type GroupFields,
} from './procurement-group.rules';

const group = (extra: Partial<GroupFields> = {}): GroupFields => ({
  title: 'AI digital assistant',
  need: 'A digital assistant that answers residents’ questions day and night.',
  cpvCode: '72000000-5',
  estimatedValuePerCouncil: '250k',
  estimatedTotalValue: '£1,000,000',
  desiredStart: '2027-04-01',
  route: 'OPEN_PROCEDURE',
  minimumCouncils: 3,
  visibility: 'OPEN',
  interestClosesOn: '2027-01-31',
  ...extra,
});
const fields = (extra: Partial<GroupFields>) =>
  checkGroup(group(extra), '2026-11-22').problems.map((p) => p.field);

describe('checkGroup', () => {
  it('accepts a good group and gives money in pence and the canonical CPV code', () => {
    const { problems, values } = checkGroup(group({ cpvCode: '72000000' }), '2026-11-22');
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      cpvCode: '72000000-5',
      valuePerCouncilPence: 25_000_000,
      totalValuePence: 100_000_000,
      frameworkName: null,
    });
  });

  it('names the field of every problem', () => {
    expect(fields({ title: ' ' })).toEqual(['title']);
    expect(fields({ cpvCode: '72000000-9' })).toEqual(['cpvCode']);
    expect(fields({ estimatedValuePerCouncil: '-5' })).toEqual(['estimatedValuePerCouncil']);
    expect(fields({ estimatedTotalValue: '100' })).toEqual(['estimatedTotalValue']);
    expect(fields({ desiredStart: '2026-02-30' })).toEqual(['desiredStart']);
    expect(fields({ desiredStart: '2026-11-01', interestClosesOn: '2026-10-01' })).toEqual([
      'desiredStart',
      'interestClosesOn',
    ]);
    expect(fields({ route: 'HANDSHAKE' })).toEqual(['route']);
    expect(fields({ route: 'EXISTING_FRAMEWORK' })).toEqual(['frameworkName', 'frameworkLot']);
    expect(fields({ minimumCouncils: 1 })).toEqual(['minimumCouncils']);
    expect(fields({ visibility: 'SECRET' })).toEqual(['visibility']);
    expect(fields({ interestClosesOn: '2027-05-01' })).toEqual(['interestClosesOn']);
  });
});

describe('checkGroupChange', () => {
  const stored = checkGroup(group(), '2026-11-22').values;
  const change = (
    extra: Partial<GroupFields>,
    stage: 'FORMING' | 'TENDERING',
    today = '2026-11-22',
  ) => checkGroupChange(group(extra), stored, stage, today);

  it('reports what changed, as stored values, and nothing when nothing changed', () => {
    expect(change({}, 'FORMING')).toMatchObject({ problems: [], changed: [] });
    const { problems, changed, values } = change(
      { title: ' AI assistant ', estimatedTotalValue: '2m', cpvCode: '72000000' },
      'FORMING',
    );
    expect(problems).toEqual([]);
    expect(changed).toEqual(['title', 'totalValuePence']);
    expect(values).toMatchObject({ title: 'AI assistant', totalValuePence: 200_000_000 });
  });

  it('checks as creation does, naming each field', () => {
    expect(
      change({ title: '', minimumCouncils: 0, visibility: 'SECRET' }, 'FORMING').problems.map(
        (p) => p.field,
      ),
    ).toEqual(['title', 'minimumCouncils', 'visibility']);
  });

  it('keeps dates that have passed since, but refuses a changed date in the past', () => {
    // The closing date was 2027-01-31; it is now February.
    expect(change({ title: 'Renamed' }, 'FORMING', '2027-02-15').problems).toEqual([]);
    expect(
      change({ interestClosesOn: '2027-02-01' }, 'FORMING', '2027-02-15').problems.map(
        (p) => p.field,
      ),
    ).toEqual(['interestClosesOn']);
    expect(
      change({ interestClosesOn: '2027-05-01' }, 'FORMING').problems.map((p) => p.message),
    ).toEqual(['Expressions of interest must close before the desired contract start']);
  });

  it('once tendering, lets only the title and need change, naming each fixed field', () => {
    expect(change({ title: 'Renamed', need: 'A clearer need.' }, 'TENDERING').problems).toEqual([]);
    expect(
      change({ cpvCode: '48000000-8', minimumCouncils: 4, title: 'Renamed' }, 'TENDERING').problems,
    ).toEqual([
      { field: 'cpvCode', message: 'The category cannot change once the group has gone to tender' },
      {
        field: 'minimumCouncils',
        message: 'The minimum number of councils cannot change once the group has gone to tender',
      },
    ]);
    // A field that is wrong as well as fixed is named once.
    expect(change({ minimumCouncils: 0 }, 'TENDERING').problems.map((p) => p.field)).toEqual([
      'minimumCouncils',
    ]);
  });
});

describe('checkCommitment', () => {
  it('names the field of every problem', () => {
    const problems = checkCommitment({
      volume: 0,
      volumeUnit: '',
      estimatedValue: 'lots',
      earliestStart: '2027-06-01',
      latestStart: '2027-05-01',
    }).problems.map((p) => p.field);
    expect(problems).toEqual(['volume', 'volumeUnit', 'estimatedValue', 'latestStart']);
  });
});

describe('group rules against inherited names, impossible dates and huge numbers (issue 13)', () => {
  const INHERITED = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty'];

  it('refuses an inherited name as route or visibility', () => {
    for (const name of INHERITED) {
      expect(fields({ route: name })).toEqual(['route']);
      expect(fields({ visibility: name })).toEqual(['visibility']);
    }
  });

  it('refuses impossible dates, naming the field', () => {
    for (const date of ['2027-02-30', '2027-13-01', '2027-02-29', '2027-04-31']) {
      expect(fields({ desiredStart: date })).toContain('desiredStart');
      expect(fields({ interestClosesOn: date })).toEqual(['interestClosesOn']);
    }
    expect(checkGroup(group({ desiredStart: '2027-02-30' }), '2026-11-22').problems[0]).toEqual({
      field: 'desiredStart',
      message: 'Enter the desired contract start as a real date, like 2027-04-01',
    });
  });

  it('refuses huge money and counts with a message saying the limit', () => {
    const { problems } = checkGroup(
      group({ estimatedValuePerCouncil: null, estimatedTotalValue: '99999999999999999999' }),
      '2026-11-22',
    );
    expect(problems).toEqual([
      {
        field: 'estimatedTotalValue',
        message: 'The estimated total value must be £100,000,000,000 or less',
      },
    ]);
    for (const value of [2147483647, 501, 1, -1, 2.5, Number.NaN])
      expect(fields({ minimumCouncils: value })).toEqual(['minimumCouncils']);
    for (const volume of [0, -1, 2147483647, 1.5])
      expect(
        checkCommitment({
          volume,
          volumeUnit: 'licences',
          estimatedValue: '1000',
          earliestStart: '2027-01-01',
          latestStart: '2027-02-01',
        }).problems.map((p) => p.field),
      ).toEqual(['volume']);
  });
});
