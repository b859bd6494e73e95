import { isEditorOf } from './use-viewer';

describe('isEditorOf', () => {
  const derby = { code: 'DER' };
  it('is true for editors and admins of this council only', () => {
    expect(isEditorOf({ council: derby, councilRole: 'EDITOR' }, 'DER')).toBe(true);
    expect(isEditorOf({ council: derby, councilRole: 'ADMIN' }, 'DER')).toBe(true);
    expect(isEditorOf({ council: derby, councilRole: 'OFFICER' }, 'DER')).toBe(false);
    expect(isEditorOf({ council: derby, councilRole: 'EDITOR' }, 'NGM')).toBe(false);
    expect(isEditorOf({ council: null, councilRole: null }, 'DER')).toBe(false);
    expect(isEditorOf(undefined, 'DER')).toBe(false);
  });
});
