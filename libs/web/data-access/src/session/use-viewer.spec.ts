import { VISITOR_VIEWER } from '@lgx/web/util';

import { canWriteCaseStudies, isOfficer, type Viewer } from './use-viewer';

const visitor: Viewer = VISITOR_VIEWER.data.viewer;
const derby = { code: 'DER', name: 'Derby' };

describe('canWriteCaseStudies', () => {
  it('lets council editors and admins write, and no one else', () => {
    expect(canWriteCaseStudies(undefined)).toBe(false);
    expect(canWriteCaseStudies(visitor)).toBe(false);
    expect(canWriteCaseStudies({ ...visitor, council: derby, councilRole: 'OFFICER' })).toBe(false);
    expect(canWriteCaseStudies({ ...visitor, council: derby, councilRole: 'EDITOR' })).toBe(true);
    expect(canWriteCaseStudies({ ...visitor, council: derby, councilRole: 'ADMIN' })).toBe(true);
    expect(canWriteCaseStudies({ ...visitor, platformRoles: ['ADMIN'] })).toBe(false);
  });
});

describe('isOfficer', () => {
  it('is true for council members and LGX staff', () => {
    expect(isOfficer(visitor)).toBe(false);
    expect(isOfficer({ ...visitor, council: derby, councilRole: 'OFFICER' })).toBe(true);
    expect(isOfficer({ ...visitor, platformRoles: ['MODERATOR'] })).toBe(true);
  });
});
