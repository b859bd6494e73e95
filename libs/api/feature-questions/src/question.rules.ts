/** How long a question and an answer may be, in characters, once trimmed. */
export const QUESTION_LIMITS = { min: 10, max: 2_000 } as const;
export const ANSWER_LIMITS = { min: 2, max: 5_000 } as const;

/** Questions one person may ask in a day, across every subject, so asking cannot become a mailing list. */
export const QUESTIONS_PER_DAY = 5;

export interface TextProblem {
  field: string;
  message: string;
}

/**
 * Plain text, trimmed, with Windows line breaks made plain and runs of more
 * than two blank lines closed up; or why it cannot be used.
 */
export function checkText(
  raw: string,
  field: string,
  what: 'question' | 'answer',
): { text: string } | { problem: TextProblem } {
  const limits = what === 'question' ? QUESTION_LIMITS : ANSWER_LIMITS;
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length === 0) return { problem: { field, message: `Write your ${what}` } };
  if (text.length < limits.min || text.length > limits.max)
    return {
      problem: {
        field,
        message: `Write your ${what} in ${limits.min} to ${limits.max.toLocaleString('en-GB')} characters (it has ${text.length.toLocaleString('en-GB')})`,
      },
    };
  return { text };
}
