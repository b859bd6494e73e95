import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { AmbitionProblem } from './ambition-map.rules';

/** Every problem with the objective's form at once, each naming its field. */
export const invalidAmbition = (problems: AmbitionProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problems.map((p) => p.message).join('. '), {
    field: problems[0]?.field,
    fields: problems,
  });

export const councilNotFound = (code: string) =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    `There is no current council with the code "${code.slice(0, 20)}". Check the code on the council's page.`,
  );

export const nothingToPublish = () =>
  new UserFacingError(
    'NOTHING_TO_PUBLISH',
    'The map has no answers yet. Save at least one objective before publishing it.',
  );
