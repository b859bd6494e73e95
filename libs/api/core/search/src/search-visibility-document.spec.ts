import { isVisibleTo, type ReaderScope, VISITOR_SCOPE } from './search-visibility';

const ACCOUNT: ReaderScope = { officer: false, groupIds: [] };
const DERBY_OFFICER: ReaderScope = { officer: true, councilCode: 'DER', groupIds: ['g1'] };
const KENT_OFFICER: ReaderScope = { officer: true, councilCode: 'KEN', groupIds: [] };

describe('isVisibleTo: visibilityFilter’s rule for one document', () => {
  it.each([
    ['public', {}, [true, true, true, true]],
    ['officers', {}, [false, false, true, true]],
    ['council', { councilCodes: ['DER'] }, [false, false, true, false]],
    ['group', { groupIds: ['g1'] }, [false, false, true, false]],
    ['something new', {}, [false, false, false, false]],
  ] as const)('a %s document', (visibility, fields, [visitor, account, derby, kent]) => {
    const document = { visibility, ...fields };
    expect(isVisibleTo(VISITOR_SCOPE, document)).toBe(visitor);
    expect(isVisibleTo(ACCOUNT, document)).toBe(account);
    expect(isVisibleTo(DERBY_OFFICER, document)).toBe(derby);
    expect(isVisibleTo(KENT_OFFICER, document)).toBe(kent);
  });
});
