import { textProblem } from './text-length';

describe('textProblem', () => {
  it('asks for a required text that is missing', () => {
    expect(textProblem('', 'a title', 10, true)).toBe('Enter a title');
  });
  it('allows a missing text that is optional', () => {
    expect(textProblem('', 'the text', 10)).toBeNull();
  });
  it('names the limit of a text that is too long, with grouped thousands', () => {
    expect(textProblem('x'.repeat(10_001), 'the text', 10_000)).toBe(
      'The text must be 10,000 characters or fewer',
    );
  });
  it('accepts a text at its limit', () => {
    expect(textProblem('x'.repeat(10), 'a title', 10, true)).toBeNull();
  });
});
