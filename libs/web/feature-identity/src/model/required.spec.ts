import { required } from './required';

describe('required', () => {
  it('names each empty field, in order, and ignores filled ones', () => {
    expect(
      required([
        ['  ', 'email', 'Enter your email address'],
        ['secret', 'password', 'Enter your password'],
        ['', 'code', 'Enter the code'],
      ]),
    ).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'code', message: 'Enter the code' },
    ]);
  });
});
