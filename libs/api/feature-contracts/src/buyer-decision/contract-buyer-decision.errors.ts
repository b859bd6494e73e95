import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';

import type { FieldProblem } from './contract-buyer-decision.rules';

/** Bad input: every field problem at once, nothing changed. */
export const invalidBuyerDecision = (problems: FieldProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, `${problems.map((p) => p.message).join('. ')}.`, {
    fields: problems,
  });

export const UNKNOWN_BUYER_NAME: FieldProblem = {
  field: 'nameKey',
  message:
    'No contract notice names that buyer: reload the list of unmatched buyers and choose one from it',
};

export const UNKNOWN_COUNCIL: FieldProblem = {
  field: 'councilCode',
  message: 'No council in the register has that code: choose the council from the list',
};

export const NO_DECISION: FieldProblem = {
  field: 'nameKey',
  message: 'No decision is remembered for that buyer name: it may have been undone already',
};
