import { askedToConfirmAs, joinedNames } from './names';

describe('joinedNames', () => {
  it.each([
    [[], ''],
    [['Kent'], 'Kent'],
    [['Kent', 'Derby'], 'Kent and Derby'],
    [['Kent', 'Derby', 'Leicester'], 'Kent, Derby and Leicester'],
  ])('joins %j as "%s"', (names, joined) => {
    expect(joinedNames(names)).toBe(joined);
  });
});

describe('askedToConfirmAs', () => {
  const role = { one: 'a maintainer', many: 'maintainers' };
  const sent = (name: string, status = 'PENDING') => ({ status, council: { name } });

  it('names only the councils still asked, in the role given', () => {
    expect(askedToConfirmAs([sent('Kent', 'ACCEPTED')], role)).toBe('');
    expect(askedToConfirmAs([sent('Kent'), sent('Derby', 'DECLINED')], role)).toBe(
      'We have asked Kent to confirm: it is shown as a maintainer once it accepts.',
    );
    expect(askedToConfirmAs([sent('Kent'), sent('Derby')], role)).toBe(
      'We have asked Kent and Derby to confirm: they are shown as maintainers once each accepts.',
    );
  });
});
