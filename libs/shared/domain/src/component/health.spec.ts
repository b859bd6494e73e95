import { addMonths, adoptionPhrase, componentHealth } from './health';

const at = (iso: string) => new Date(iso);

describe('component health', () => {
  const base = { lastUpdatedAt: at('2025-03-15T10:00:00Z'), maturity: 'LIVE', adoptionCount: 3 };

  it('is not stale a day before 12 months have passed', () => {
    expect(componentHealth(base, at('2026-03-14T10:00:00Z')).possiblyStale).toBe(false);
  });

  it('is possibly stale once 12 months have passed', () => {
    const health = componentHealth(base, at('2026-03-15T10:00:00Z'));
    expect(health.possiblyStale).toBe(true);
    expect(health.staleFrom.toISOString()).toBe('2026-03-15T10:00:00.000Z');
    expect(health.adoptionCount).toBe(3);
  });

  it('never flags a retired component', () => {
    expect(componentHealth({ ...base, maturity: 'RETIRED' }, at('2030-01-01')).possiblyStale).toBe(
      false,
    );
  });

  it('adds months without spilling into the next month', () => {
    expect(addMonths(at('2024-01-31T00:00:00Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(addMonths(at('2024-02-29T00:00:00Z'), 12).toISOString()).toBe(
      '2025-02-28T00:00:00.000Z',
    );
  });
});

describe('adoptionPhrase', () => {
  it('says none, one or how many councils use a component', () => {
    expect(adoptionPhrase(0)).toBe('No council uses it yet');
    expect(adoptionPhrase(1)).toBe('1 council uses or is evaluating it');
    expect(adoptionPhrase(12)).toBe('12 councils use or are evaluating it');
  });
});
