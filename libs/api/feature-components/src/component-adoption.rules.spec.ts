import { checkAdoption } from './component-adoption.rules';

const TODAY = new Date('2026-11-22T12:00:00Z');
const fields = (input: Parameters<typeof checkAdoption>[0]) =>
  checkAdoption(input, TODAY).map((problem) => problem.field);

describe('checkAdoption', () => {
  it('accepts a stopped adoption with real dates', () => {
    expect(fields({ status: 'STOPPED', startedOn: '2024-02-29', stoppedOn: '2025-01-31' })).toEqual(
      [],
    );
  });

  it('refuses an inherited name as status', () => {
    for (const name of ['toString', 'valueOf', 'constructor', '__proto__'])
      expect(fields({ status: name })).toEqual(['status']);
  });

  it('refuses impossible dates with a message naming the field, and never throws', () => {
    for (const date of ['2023-02-30', '2023-13-01', '2023-00-01', '0000-01-01']) {
      expect(fields({ status: 'IN_USE', startedOn: date })).toEqual(['startedOn']);
      expect(fields({ status: 'STOPPED', startedOn: '2022-01-01', stoppedOn: date })).toEqual([
        'stoppedOn',
      ]);
    }
    expect(checkAdoption({ status: 'IN_USE', startedOn: '2023-13-01' }, TODAY)[0]!.message).toBe(
      'Enter the date your council started as a real date, like 2024-04-01',
    );
  });
});
