import { contractSearchId, ocidOfSearchId } from './contract-search-id';

describe('a contract’s search id', () => {
  it('is the ocid itself when Meilisearch takes it as it is', () => {
    expect(contractSearchId('ocds-b5fd17-2c2f8e1a-7c6d-4b0a-9f3e-1a2b3c4d5e6f')).toBe(
      'ocds-b5fd17-2c2f8e1a-7c6d-4b0a-9f3e-1a2b3c4d5e6f',
    );
    expect(ocidOfSearchId('ocds-b5fd17-1')).toBe('ocds-b5fd17-1');
  });

  it('encodes any other ocid reversibly, in characters Meilisearch takes', () => {
    for (const ocid of ['ocds-abc/2024:1', 'ocds_underscore', 'ocds-é ü', 'a.b']) {
      const id = contractSearchId(ocid);
      expect(id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
      expect(ocidOfSearchId(id)).toBe(ocid);
    }
    expect(contractSearchId('a.b')).toBe('_612e62');
  });

  it('hashes an absurdly long ocid, which is not indexed', () => {
    const id = contractSearchId(`ocds-${'x/'.repeat(200)}`);
    expect(id).toMatch(/^__[0-9a-f]{64}$/);
    expect(ocidOfSearchId(id)).toBeNull();
  });

  it('refuses ids it did not make', () => {
    expect(ocidOfSearchId('_zz')).toBeNull();
    expect(ocidOfSearchId('_6162')).toBeNull(); // "ab" is plain, so its id is "ab"
    expect(ocidOfSearchId('has space')).toBeNull();
    expect(ocidOfSearchId('')).toBeNull();
  });
});
