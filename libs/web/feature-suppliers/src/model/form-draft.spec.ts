import { draftOf, draftValue, parseDraft } from './form-draft';

describe('a form draft', () => {
  it('keeps the text a form holds, and reads back only a draft', () => {
    const form = new FormData();
    form.set('product', 'Portal');
    form.set('advice', '');
    form.append('isCurrent', 'yes');
    const draft = draftOf(form);
    expect(draft).toEqual([
      ['product', 'Portal'],
      ['isCurrent', 'yes'],
    ]);
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
    expect(draftValue(draft, 'isCurrent')).toBe('yes');
    expect(draftValue(null, 'isCurrent')).toBeUndefined();
    for (const stored of [null, '', 'not json', '{"a":1}', '[["a",1]]', '[["a"]]'])
      expect(parseDraft(stored)).toBeNull();
  });
});
