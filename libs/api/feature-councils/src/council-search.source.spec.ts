import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { CouncilEntity } from '@lgx/api/core/councils';
import { COUNCIL_SHORT_NAMES } from '@lgx/shared/domain';

import { parseCouncilRegister } from './council-register-parser';
import { councilDocument, placeName } from './council-search.source';

const register = parseCouncilRegister(
  readFileSync(path.join(__dirname, 'data', 'uk_local_authorities.csv'), 'utf8'),
);
const byCode = new Map(register.map((record) => [record.code, record]));

describe('councilDocument', () => {
  const council = (fields: Partial<CouncilEntity>) =>
    ({
      code: 'LIC',
      niceName: 'City of Lincoln',
      officialName: 'City of Lincoln Council',
      typeCode: 'NMD',
      nation: 'England',
      region: 'East Midlands',
      isCurrent: true,
      population: 100_000,
      ...fields,
    }) as CouncilEntity;

  it('carries the names people type, and what ranks a council among equal matches', () => {
    expect(councilDocument(council({}))).toMatchObject({
      placeName: 'Lincoln',
      everydayNames: ['Lincoln'],
      shortForms: [],
      currentRank: 1,
      nameLength: 'Lincoln'.length,
    });
    expect(
      councilDocument(council({ code: 'WNM', niceName: 'Windsor and Maidenhead' })),
    ).toMatchObject({ shortForms: ['RBWM'], everydayNames: ['Windsor', 'Maidenhead'] });
    expect(councilDocument(council({ isCurrent: false }))).toMatchObject({ currentRank: 0 });
  });

  it('names the place without "City of", "County" or "City"', () => {
    expect(placeName('City of Lincoln')).toBe('Lincoln');
    expect(placeName('Aberdeen City')).toBe('Aberdeen');
    expect(placeName('County Durham')).toBe('Durham');
    expect(placeName('The Vale of Glamorgan')).toBe('Vale of Glamorgan');
    expect(placeName('Derbyshire')).toBe('Derbyshire');
  });
});

describe('the short names of councils', () => {
  it('belong to current councils in the register, each with its source', () => {
    for (const entry of COUNCIL_SHORT_NAMES) {
      expect([entry.code, byCode.get(entry.code)?.isCurrent]).toEqual([entry.code, true]);
      expect(entry.source.length).toBeGreaterThan(5);
      expect(entry.shortForms.length + entry.everydayNames.length).toBeGreaterThan(0);
    }
    const codes = COUNCIL_SHORT_NAMES.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('name one council each, and never another council by its register name', () => {
    const owner = new Map<string, string>();
    for (const entry of COUNCIL_SHORT_NAMES) {
      for (const name of [...entry.shortForms, ...entry.everydayNames]) {
        const key = name.toLowerCase();
        expect([name, owner.get(key) ?? entry.code]).toEqual([name, entry.code]);
        owner.set(key, entry.code);
        const namesake = register.find(
          (record) =>
            record.isCurrent &&
            record.code !== entry.code &&
            [record.niceName, record.officialName, placeName(record.niceName)].some(
              (registered) => registered.trim().toLowerCase() === key,
            ),
        );
        expect([name, namesake?.code]).toEqual([name, undefined]);
      }
    }
  });
});
