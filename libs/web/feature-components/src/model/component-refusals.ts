import type { ComponentInput } from '@lgx/web/data-access';
import type { Refusal } from '@lgx/web/ui';

/** Not a council code. */
const NOT_A_COUNCIL = '?';

/**
 * For each field the form checks itself, a value the API refuses (see
 * component-input.ts in the API): the required fields are refused empty, as
 * the form found them; a council name typed but not chosen is sent as a code
 * no council has. So the API checks the rest in the same go and saves nothing.
 */
export const COMPONENT_REFUSALS: Record<string, Refusal<ComponentInput>> = {
  name: (input) => ({ ...input, name: '' }),
  kind: (input) => ({ ...input, kind: '' }),
  summary: (input) => ({ ...input, summary: '' }),
  licence: (input) => ({ ...input, licence: '' }),
  maturity: (input) => ({ ...input, maturity: '' }),
  maintainingCouncilCodes: (input) => ({
    ...input,
    maintainingCouncilCodes: [...(input.maintainingCouncilCodes ?? []), NOT_A_COUNCIL],
  }),
};
