import { CASE_STUDY_STAGES, SERVICE_AREAS, TECHNOLOGIES } from '../case-study/taxonomies';
import {
  ADOPTION_STATUSES,
  COMPONENT_KINDS,
  COMPONENT_MATURITIES,
  COMPONENT_STANDARDS,
  MATURITY_FROM_DEVELOPMENT_STATUS,
} from '../component/taxonomies';
import { COUNCIL_TYPES, isCouncilTypeCode } from '../council/council-type';
import { NATION_KEYS, NATIONS } from '../council/nation';
import { REGIONS } from '../council/region';
import {
  GROUP_STAGES,
  GROUP_TRANSITIONS,
  GROUP_VISIBILITIES,
  isGroupStage,
  PROCUREMENT_ROUTES,
} from '../procurement/group-lifecycle';
import {
  CONTRACT_VALUE_BANDS,
  RATING_DIMENSIONS,
  ROUTES_TO_MARKET,
} from '../suppliers/supplier-experience';
import { isOneOf, labelOf, taxonomyProblems } from './one-of';

/** What every object inherits: none of these is ever a taxonomy key. */
const INHERITED = [
  'toString',
  'valueOf',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

const TABLES = {
  SERVICE_AREAS,
  TECHNOLOGIES,
  CASE_STUDY_STAGES,
  COMPONENT_KINDS,
  COMPONENT_MATURITIES,
  COMPONENT_STANDARDS,
  ADOPTION_STATUSES,
  MATURITY_FROM_DEVELOPMENT_STATUS,
  COUNCIL_TYPES,
  NATION_KEYS,
  GROUP_STAGES,
  GROUP_TRANSITIONS,
  PROCUREMENT_ROUTES,
  GROUP_VISIBILITIES,
  ROUTES_TO_MARKET,
  CONTRACT_VALUE_BANDS,
  RATING_DIMENSIONS,
};

describe('isOneOf', () => {
  it('accepts own keys', () => {
    expect(isOneOf(PROCUREMENT_ROUTES, 'OPEN_PROCEDURE')).toBe(true);
    expect(isOneOf(CASE_STUDY_STAGES, 'LIVE')).toBe(true);
  });

  it.each(Object.entries(TABLES))('refuses inherited names in %s', (_name, table) => {
    for (const name of INHERITED) expect(isOneOf(table, name)).toBe(false);
  });

  it('refuses what is not a string, labels and near misses', () => {
    for (const value of [undefined, null, 1, {}, [], 'live', 'Live', ' LIVE', ''])
      expect(isOneOf(CASE_STUDY_STAGES, value)).toBe(false);
  });

  it('backs the named checks', () => {
    expect(isGroupStage('toString')).toBe(false);
    expect(isGroupStage('FORMING')).toBe(true);
    expect(isCouncilTypeCode('constructor')).toBe(false);
    expect(isCouncilTypeCode('CTY')).toBe(true);
  });
});

describe('labelOf', () => {
  it('gives the label of an own key', () => {
    expect(labelOf(GROUP_VISIBILITIES, 'OPEN')).toBe('Open to any council');
  });

  it('gives undefined, never a function, for inherited names and nothing', () => {
    for (const name of [...INHERITED, null, undefined, 'UNKNOWN'])
      expect(labelOf(CONTRACT_VALUE_BANDS, name)).toBeUndefined();
  });
});

describe('taxonomy tables', () => {
  it.each(Object.entries({ ...TABLES, NATIONS, REGIONS }))('%s is frozen', (_name, table) => {
    expect(Object.isFrozen(table)).toBe(true);
    expect(() => {
      'use strict';
      (table as Record<string, unknown>)['toString'] = 'added';
    }).toThrow(TypeError);
  });
});

describe('taxonomyProblems', () => {
  it('finds nothing wrong with known keys within the limit', () => {
    expect(
      taxonomyProblems(SERVICE_AREAS, Object.keys(SERVICE_AREAS).slice(0, 2), 'area', 2),
    ).toEqual([]);
  });

  it('quotes at most five unknown keys, each cut to 40 characters, and counts the rest', () => {
    const unknown = ['toString', 'x'.repeat(60), 'b', 'c', 'd', 'e', 'f'];
    expect(taxonomyProblems(SERVICE_AREAS, unknown, 'service area', 10)).toEqual([
      `"toString", "${'x'.repeat(40)}", "b", "c", "d" and 2 more are not service area`,
    ]);
    expect(taxonomyProblems(SERVICE_AREAS, ['nope'], 'service area', 10)).toEqual([
      '"nope" is not a service area',
    ]);
  });

  it('says how many may be chosen when there are too many', () => {
    const keys = Object.keys(SERVICE_AREAS).slice(0, 3);
    expect(taxonomyProblems(SERVICE_AREAS, keys, 'service area', 2)).toEqual([
      'Choose at most 2 service areas',
    ]);
  });
});
