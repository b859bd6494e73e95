import { ReaderGroupsRegistry } from './reader-groups';

describe('ReaderGroupsRegistry', () => {
  it("merges every feature's groups for a council, and gives none to a reader without one", async () => {
    const registry = new ReaderGroupsRegistry();
    registry.register(async (code) => (code === 'DER' ? ['g1', 'g2'] : []));
    registry.register(async (code) => (code === 'DER' ? ['g2', 'g3'] : ['x']));
    expect(await registry.groupIdsOf('DER')).toEqual(['g1', 'g2', 'g3']);
    expect(await registry.groupIdsOf('KEN')).toEqual(['x']);
    expect(await registry.groupIdsOf(undefined)).toEqual([]);
  });
});
