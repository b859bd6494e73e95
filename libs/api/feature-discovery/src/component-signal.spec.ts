import type { SearchHitResult } from '@lgx/api/core/search';

import { componentSignals } from './component-signal';

const hit = (type: string, details: Record<string, unknown>): SearchHitResult => ({
  type,
  id: 'x',
  title: 'X',
  summary: '',
  url: '/x',
  highlights: { title: [], summary: [] },
  details,
});

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('componentSignals', () => {
  it('flags a component possibly stale from its staleFrom moment on, not before', () => {
    const at = NOW / 1000;
    expect(componentSignals(hit('component', { adoptionCount: 4, staleFrom: at }), NOW)).toEqual({
      adoptionCount: 4,
      possiblyStale: true,
    });
    expect(componentSignals(hit('component', { staleFrom: at + 1 }), NOW)).toEqual({
      adoptionCount: 0,
      possiblyStale: false,
    });
  });

  it('never flags a component without staleFrom (a retired one)', () => {
    expect(componentSignals(hit('component', { adoptionCount: 2 }), NOW).possiblyStale).toBe(false);
  });

  it('gives other types neither signal', () => {
    expect(componentSignals(hit('case_study', { staleFrom: 1 }), NOW)).toEqual({
      adoptionCount: null,
      possiblyStale: null,
    });
  });
});
