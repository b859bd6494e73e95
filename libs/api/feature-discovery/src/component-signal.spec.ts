import { componentSignals } from './component-signal';
import { searchHit } from './test/search-hit';

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('componentSignals', () => {
  it('flags a component possibly stale from its staleFrom moment on, not before', () => {
    const at = NOW / 1000;
    expect(
      componentSignals(searchHit('component', { adoptionCount: 4, staleFrom: at }), NOW),
    ).toEqual({
      adoptionCount: 4,
      possiblyStale: true,
    });
    expect(componentSignals(searchHit('component', { staleFrom: at + 1 }), NOW)).toEqual({
      adoptionCount: 0,
      possiblyStale: false,
    });
  });

  it('never flags a component without staleFrom (a retired one)', () => {
    expect(componentSignals(searchHit('component', { adoptionCount: 2 }), NOW).possiblyStale).toBe(
      false,
    );
  });

  it('gives other types neither signal', () => {
    expect(componentSignals(searchHit('case_study', { staleFrom: 1 }), NOW)).toEqual({
      adoptionCount: null,
      possiblyStale: null,
    });
  });
});
