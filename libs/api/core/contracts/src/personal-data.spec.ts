import { PersonalData, PersonalDataSource } from './personal-data';

class Section extends PersonalDataSource {
  constructor(
    readonly section: string,
    private readonly value: unknown,
  ) {
    super();
  }
  export(accountId: string) {
    return Promise.resolve({ accountId, value: this.value });
  }
}

describe('PersonalData', () => {
  it('gathers every registered section for the one account, in registration order', async () => {
    const registry = new PersonalData();
    registry.register(new Section('following', 1));
    registry.register(new Section('questions', 2));
    const exported = await registry.export('account-1');
    expect(Object.keys(exported)).toEqual(['following', 'questions']);
    expect(exported).toEqual({
      following: { accountId: 'account-1', value: 1 },
      questions: { accountId: 'account-1', value: 2 },
    });
  });

  it('refuses a second source for one section, so no part silently replaces another', () => {
    const registry = new PersonalData();
    registry.register(new Section('following', 1));
    expect(() => registry.register(new Section('following', 2))).toThrow(
      'Personal data section "following" is already registered.',
    );
  });

  it('exports nothing more when nothing is registered', async () => {
    expect(await new PersonalData().export('account-1')).toEqual({});
  });
});
