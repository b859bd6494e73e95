import type { CpvEntry } from '@lgx/shared/domain';

import { CPV_DIVISIONS, cpvOptionOf, searchCpv } from './cpv-options';

const labels = (query: string, entries?: readonly CpvEntry[]) =>
  searchCpv(query, entries).map((option) => option.label);

describe('searchCpv', () => {
  it('finds categories by the words of their names, with the code as a detail', () => {
    const software = searchCpv('software');
    expect(software[0]).toEqual({
      value: '48000000-8',
      label: 'Software package and information systems',
      detail: '48000000-8',
    });
    expect(software.every((option) => /software/i.test(option.label))).toBe(true);
    expect(labels('waste')).toEqual(
      expect.arrayContaining([
        'Refuse and waste related services',
        'Containers for waste material',
      ]),
    );
  });

  it('needs every word typed, matches the start of words and plurals, ignores case', () => {
    expect(labels('REFUSE coll')).toEqual([
      'Refuse-collection vehicles',
      'Refuse collection services',
    ]);
    expect(labels('refuse collection serv')).toEqual(['Refuse collection services']);
    expect(labels('computers')).toEqual(expect.arrayContaining(['Personal computers']));
    expect(labels('refuse service')).toContain('Refuse collection services');
    expect(labels('zzzz')).toEqual([]);
    expect(labels('  ')).toEqual([]);
  });

  it('finds a category by the digits of its code', () => {
    expect(searchCpv('9051').map((option) => option.value)).toEqual(['90510000-5', '90511000-2']);
  });

  it('can offer the divisions alone, and a stored code as its option', () => {
    expect(labels('refuse', CPV_DIVISIONS)).toEqual([
      'Sewage, refuse, cleaning and environmental services',
    ]);
    expect(cpvOptionOf('72000000')?.value).toBe('72000000-5');
    expect(cpvOptionOf('')).toBeNull();
    expect(cpvOptionOf('11111111-1')).toBeNull();
  });
});
