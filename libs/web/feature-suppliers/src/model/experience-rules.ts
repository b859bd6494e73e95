import { isFrameworkRoute, textProblem } from '@lgx/shared/domain';
import type { SupplierExperienceInput } from '@lgx/web/data-access';
import type { FormProblem } from '@lgx/web/ui';

/**
 * The API's limits for an experience's text (its checkExperience), so the
 * form finds these problems before sending, with every other one.
 */
export const EXPERIENCE_LIMITS = { product: 150, short: 500, text: 5_000, framework: 150 };

type TextField =
  | 'product'
  | 'extensionOptions'
  | 'frameworkName'
  | 'frameworkLot'
  | 'whatWorked'
  | 'whatDidNotWork'
  | 'advice';

/**
 * The problems of a read experience that the API would find without its
 * database, in the API's words: text too long or missing, a framework route
 * without its framework, nothing said about how it went, an end before the start.
 */
export function experienceProblems(input: SupplierExperienceInput): FormProblem[] {
  const problems: FormProblem[] = [];
  const text = (field: TextField, label: string, max: number, required = false) => {
    const value = String(input[field] ?? '').trim();
    const wrong = textProblem(value, label, max, required);
    if (wrong) problems.push({ field, message: wrong });
    return value;
  };
  text('product', 'the product or service', EXPERIENCE_LIMITS.product, true);
  text('extensionOptions', 'the extension options', EXPERIENCE_LIMITS.short);
  const framework = isFrameworkRoute(input.routeToMarket);
  text('frameworkName', 'the framework name', EXPERIENCE_LIMITS.framework, framework);
  text('frameworkLot', 'the lot', EXPERIENCE_LIMITS.framework);
  const said = [
    text('whatWorked', 'what worked', EXPERIENCE_LIMITS.text),
    text('whatDidNotWork', 'what did not work', EXPERIENCE_LIMITS.text),
    text('advice', 'your advice', EXPERIENCE_LIMITS.text),
  ];
  if (said.every((value) => !value))
    problems.push({
      field: 'whatWorked',
      message: 'Tell other councils what worked, what did not or your advice',
    });
  if (input.contractStart && input.contractEnd && input.contractEnd < input.contractStart)
    problems.push({
      field: 'contractEnd',
      message: 'The contract end date must be after the start date',
    });
  return problems;
}
