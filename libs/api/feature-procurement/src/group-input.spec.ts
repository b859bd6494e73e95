import { checkCommitment, checkGroup, type GroupFields } from './group-input';

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
