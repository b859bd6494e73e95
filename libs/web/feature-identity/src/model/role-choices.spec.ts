import { roleChoices } from './role-choices';

describe('roleChoices', () => {
  it('offers an officer the editor role, asked of the council’s admins', () => {
    const choices = roleChoices('OFFICER', 'Derby', ['Ada Lovelace']);
    expect(choices.map((c) => c.value)).toEqual(['EDITOR']);
    expect(choices[0]!.hint).toMatch(/Ada Lovelace will be asked/);
  });

  it('offers to become admin only when the council has none', () => {
    expect(roleChoices('OFFICER', 'Kent', []).map((c) => c.value)).toEqual(['EDITOR', 'ADMIN']);
    expect(roleChoices('EDITOR', 'Kent', []).map((c) => c.value)).toEqual(['ADMIN']);
    expect(roleChoices('EDITOR', 'Derby', ['Ada'])).toEqual([]);
    expect(roleChoices('ADMIN', 'Kent', [])).toEqual([]);
  });
});
