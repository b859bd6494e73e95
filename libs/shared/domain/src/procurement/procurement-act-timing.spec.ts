import {
  PROCUREMENT_ACT_SOURCES,
  PROCUREMENT_LEAD_MONTHS,
  procurementActTiming,
} from './procurement-act-timing';

describe('procurementActTiming', () => {
  it('puts the tender notice the lead time before the end', () => {
    expect(PROCUREMENT_LEAD_MONTHS).toBe(9);
    expect(procurementActTiming('2028-03-31').tenderNoticeBy).toBe('2027-06-30');
    expect(procurementActTiming('2028-03-31', undefined, 12).tenderNoticeBy).toBe('2027-03-31');
  });

  it('opens the planned procurement notice window 12 months before the tender notice and closes it 40 days before', () => {
    const timing = procurementActTiming('2028-03-31');
    expect(timing.plannedNoticeFrom).toBe('2026-06-30');
    // 30 June less 40 days: 21 May.
    expect(timing.plannedNoticeTo).toBe('2027-05-21');
  });

  it('counts 40 days across a leap day', () => {
    // Tender notice by 2028-03-10; 40 days before is 2028-01-30 (29 days in February 2028).
    expect(procurementActTiming('2028-12-10').plannedNoticeTo).toBe('2028-01-30');
  });

  it('needs a pipeline notice only over £2 million, in pounds', () => {
    const over = procurementActTiming('2028-03-31', { amount: '2000000.01', currency: 'GBP' });
    expect(over.pipeline).toBe('OVER_THRESHOLD');
    expect(
      procurementActTiming('2028-03-31', { amount: 2_000_000, currency: 'gbp' }).pipeline,
    ).toBe('UNDER_THRESHOLD');
    expect(
      procurementActTiming('2028-03-31', { amount: '5000000', currency: 'EUR' }).pipeline,
    ).toBe('VALUE_UNKNOWN');
    expect(procurementActTiming('2028-03-31', { amount: '5000000', currency: null }).pipeline).toBe(
      'VALUE_UNKNOWN',
    );
    expect(procurementActTiming('2028-03-31').pipeline).toBe('VALUE_UNKNOWN');
  });

  it('names the first financial year whose 18-month pipeline covers the tender notice, due by 26 May', () => {
    // Tender notice by 2027-06-30: the year from 1 April 2026 covers it (to 30 September 2027).
    const june = procurementActTiming('2028-03-31');
    expect(june.pipelineYearStarts).toBe('2026-04-01');
    expect(june.pipelineNoticeBy).toBe('2026-05-26');
    // Tender notice by 2027-10-01: just beyond that period, so the year from 1 April 2027.
    expect(procurementActTiming('2028-07-01').pipelineYearStarts).toBe('2027-04-01');
    // Tender notice by 2027-09-30: the last day the 2026 year covers.
    expect(procurementActTiming('2028-06-30').pipelineYearStarts).toBe('2026-04-01');
    // Tender notice by 2027-03-31, before 1 April: the year from 1 April 2025 (to 30 September 2026)
    // does not cover it, the year from 1 April 2026 does.
    expect(procurementActTiming('2027-12-31').pipelineYearStarts).toBe('2026-04-01');
  });

  it('cites legislation.gov.uk for each rule', () => {
    expect(PROCUREMENT_ACT_SOURCES.plannedProcurementNotice.url).toBe(
      'https://www.legislation.gov.uk/ukpga/2023/54/section/15',
    );
    expect(PROCUREMENT_ACT_SOURCES.pipelineNotice.url).toBe(
      'https://www.legislation.gov.uk/ukpga/2023/54/section/93',
    );
  });

  it('refuses what is not a date', () => {
    expect(() => procurementActTiming('2028-02-30')).toThrow('Not a calendar date');
  });
});
