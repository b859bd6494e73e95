/**
 * What is wrong with a text field, or null: missing when required ("Enter a
 * title"), or longer than `max` ("A title must be 200 characters or fewer").
 * `label` is how a sentence names the field, such as "a title".
 */
export function textProblem(
  value: string,
  label: string,
  max: number,
  required = false,
): string | null {
  if (required && !value) return `Enter ${label}`;
  if (value.length > max)
    return `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`;
  return null;
}
