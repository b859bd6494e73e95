import { UserFacingError } from '../graphql-error';
import { RouteParameterPipe } from './route-parameter.pipe';

const pipe = new RouteParameterPipe();
const ID = '3f1c2b8e-9d4a-4c1e-8f0a-1b2c3d4e5f60';

function refusal(value: unknown, type: 'param' | 'query' | 'body', data?: string) {
  try {
    pipe.transform(value, { type, data });
  } catch (error) {
    return error as UserFacingError;
  }
  return undefined;
}

describe('RouteParameterPipe', () => {
  it('passes ids that are UUIDs and ordinary names', () => {
    expect(refusal(ID, 'param', 'id')).toBeUndefined();
    expect(refusal('minutes.pdf', 'param', 'filename')).toBeUndefined();
    expect(refusal({ id: ID, filename: 'a.pdf' }, 'param')).toBeUndefined();
  });

  it.each([
    ['id', '1'],
    ['id', 'toString'],
    ['groupId', "1' OR '1'='1"],
  ])('refuses :%s = %s with BAD_USER_INPUT naming it', (name, value) => {
    const error = refusal(value, 'param', name);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
    expect(error!.message).toMatch(new RegExp(`^"${name}" in the address is not an id`));
  });

  it('refuses NUL and lone surrogates in any path or query value', () => {
    expect(refusal('a\u0000.pdf', 'param', 'filename')?.message).toMatch(/NUL/);
    expect(refusal({ q: '\ud800' }, 'query')?.message).toMatch(/not valid Unicode/);
  });

  it('leaves bodies (and GraphQL arguments) alone', () => {
    expect(refusal({ id: 'x\u0000' }, 'body')).toBeUndefined();
  });
});
