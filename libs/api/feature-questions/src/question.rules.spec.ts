import { checkText } from './question.rules';

describe('checkText', () => {
  it('keeps line breaks, trims and closes up long runs of blank lines', () => {
    expect(checkText('  First line\r\nsecond line\n\n\n\nlast  ', 'text', 'question')).toEqual({
      text: 'First line\nsecond line\n\nlast',
    });
  });

  it('refuses an empty text and says what to do', () => {
    expect(checkText(' \n\t ', 'text', 'answer')).toEqual({
      problem: { field: 'text', message: 'Write your answer' },
    });
  });

  it('refuses a question too short or too long, saying how long it is', () => {
    expect(checkText('Why?', 'question', 'question')).toEqual({
      problem: {
        field: 'question',
        message: 'Write your question in 10 to 2,000 characters (it has 4)',
      },
    });
    const long = checkText('a'.repeat(2_001), 'text', 'question');
    expect('problem' in long && long.problem.message).toContain('(it has 2,001)');
    expect(checkText('a'.repeat(5_000), 'text', 'answer')).toEqual({ text: 'a'.repeat(5_000) });
    expect('problem' in checkText('a'.repeat(5_001), 'text', 'answer')).toBe(true);
  });
});
