import type { Actor } from '@lgx/api/core/auth';

import type { ContractEnding, ContractEndingSource } from './contract-endings';
import { ContractEndings } from './contract-endings.service';

const ending = (id: string, endsOn: string, councilCode = 'DER') =>
  ({ id, endsOn, councilCode }) as ContractEnding;
const source = (endings: ContractEnding[]): ContractEndingSource => ({
  find: async () => endings,
  findPeers: async () => [],
});
const query = { endsFrom: '2027-01-01', endsTo: '2029-12-31', reader: {} as Actor };

describe('ContractEndings', () => {
  it('answers with nothing when no source is registered', async () => {
    expect(await new ContractEndings().find(query)).toEqual([]);
  });

  it('asks every source once, soonest ending first, and keeps the limit across sources', async () => {
    const endings = new ContractEndings();
    const experiences = source([ending('experience:1', '2028-05-01')]);
    endings.register(experiences);
    endings.register(experiences);
    endings.register(source([ending('ocds:2', '2028-01-01'), ending('ocds:3', '2029-01-01')]));
    expect((await endings.find(query)).map((e) => e.id)).toEqual([
      'ocds:2',
      'experience:1',
      'ocds:3',
    ]);
    expect((await endings.find({ ...query, limit: 2 })).map((e) => e.id)).toEqual([
      'ocds:2',
      'experience:1',
    ]);
  });
});
