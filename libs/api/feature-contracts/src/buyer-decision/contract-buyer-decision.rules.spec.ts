import { checkCouncilCode, checkNameKey, type FieldProblem } from './contract-buyer-decision.rules';

const check = <T>(run: (problems: FieldProblem[]) => T) => {
  const problems: FieldProblem[] = [];
  const value = run(problems);
  return { value, fields: problems.map((problem) => problem.field) };
};

describe('a buyer decision as sent', () => {
  it('keeps a key from the list, and folds a name as published to the same key', () => {
    expect(check((p) => checkNameKey('derby county council', p))).toEqual({
      value: 'derby county council',
      fields: [],
    });
    expect(check((p) => checkNameKey('  Derby County Council. ', p)).value).toBe(
      'derby county council',
    );
  });

  it('refuses a blank, punctuation-only or overlong name', () => {
    for (const text of ['', '   ', '!!!', 'x'.repeat(501)])
      expect(check((p) => checkNameKey(text, p))).toEqual({ value: null, fields: ['nameKey'] });
  });

  it('reads a council code in any case, and refuses a blank or malformed one', () => {
    expect(check((p) => checkCouncilCode(' der ', p))).toEqual({ value: 'DER', fields: [] });
    for (const text of ['', ' ', 'D', 'DER; DROP', 'x'.repeat(40)])
      expect(check((p) => checkCouncilCode(text, p))).toEqual({
        value: null,
        fields: ['councilCode'],
      });
  });
});
