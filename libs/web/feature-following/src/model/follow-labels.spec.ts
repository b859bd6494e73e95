import { whenLabel } from './follow-labels';

describe('whenLabel', () => {
  it('says the day and time the GOV.UK way', () => {
    const label = whenLabel('2026-12-01T09:05:00.000Z');
    expect(label).toMatch(/^1 December 2026 at \d{1,2}:05(am|pm)$/);
  });
});
