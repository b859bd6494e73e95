import { digestPeriod } from './digest-period';

describe('digestPeriod', () => {
  it('a daily digest covers the day up to 07:00 UTC, whenever on that day it runs', () => {
    const onTime = digestPeriod('DAILY', new Date('2026-12-02T07:00:00Z'));
    expect(onTime).toEqual({
      frequency: 'DAILY',
      from: new Date('2026-12-01T07:00:00Z'),
      to: new Date('2026-12-02T07:00:00Z'),
      key: 'DAILY:2026-12-02',
    });
    expect(digestPeriod('DAILY', new Date('2026-12-02T23:59:00Z'))).toEqual(onTime);
    expect(digestPeriod('DAILY', new Date('2026-12-02T06:59:59Z')).key).toBe('DAILY:2026-12-01');
  });

  it('a weekly digest covers the week up to Monday 07:00 UTC', () => {
    // 2026-12-07 is a Monday.
    const monday = digestPeriod('WEEKLY', new Date('2026-12-07T07:00:00Z'));
    expect(monday.from).toEqual(new Date('2026-11-30T07:00:00Z'));
    expect(monday.to).toEqual(new Date('2026-12-07T07:00:00Z'));
    expect(monday.key).toBe('WEEKLY:2026-12-07');
    expect(digestPeriod('WEEKLY', new Date('2026-12-13T20:00:00Z'))).toEqual(monday);
    expect(digestPeriod('WEEKLY', new Date('2026-12-07T06:00:00Z')).key).toBe('WEEKLY:2026-11-30');
  });
});
