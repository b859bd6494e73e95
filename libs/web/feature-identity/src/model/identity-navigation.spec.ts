import type { ViewerQuery } from '@lgx/web/data-access';
import { VISITOR_VIEWER } from '@lgx/web/util';

import { identityNavigation } from './identity-navigation';

type Viewer = ViewerQuery['viewer'];

const visitor: Viewer = VISITOR_VIEWER.data.viewer;
const derby = { code: 'DER', name: 'Derby' };

describe('identityNavigation', () => {
  it('adds nothing for visitors, officers and editors', () => {
    expect(identityNavigation(undefined)).toEqual([]);
    expect(identityNavigation(visitor)).toEqual([]);
    expect(identityNavigation({ ...visitor, council: derby, councilRole: 'OFFICER' })).toEqual([]);
    expect(identityNavigation({ ...visitor, council: derby, councilRole: 'EDITOR' })).toEqual([]);
  });

  it('gives council admins their council and platform admins the admin pages', () => {
    expect(
      identityNavigation({
        ...visitor,
        council: derby,
        councilRole: 'ADMIN',
        platformRoles: ['ADMIN'],
      }).map((item) => item.label),
    ).toEqual(['Your council', 'Admin']);
  });

  it('leaves out the admin pages for platform moderators', () => {
    expect(identityNavigation({ ...visitor, platformRoles: ['MODERATOR'] })).toEqual([]);
  });
});
