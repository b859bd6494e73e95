import type { ApolloServerPlugin } from '@apollo/server';

import { UserFacingError } from '../graphql-error';
import { findArgumentProblems, type InputProblem } from './argument-problems';

/** The refusal of a request whose arguments hold values nothing downstream can handle. */
export class InputRefusedError extends UserFacingError {
  constructor(readonly problems: InputProblem[]) {
    const [first] = problems as [InputProblem, ...InputProblem[]];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    super(first.code, `${first.message}${more}`, {
      argumentName: first.argumentName,
      field: formField(first.path),
      fields: problems.map((problem) => ({
        field: formField(problem.path),
        message: problem.message,
      })),
      // Apollo answers errors thrown before execution with 500 unless told.
      http: { status: 400 },
    });
  }
}

/** A field of an `input` argument is named as the form names it ("title"), as the features do. */
function formField(path: string): string {
  return path.startsWith('input.') ? path.slice('input.'.length) : path;
}

/**
 * Checks every argument of the operation, variables and inline values alike,
 * once the operation is known and before any resolver runs: text without NUL
 * or lone surrogates, and IDs that are UUIDs.
 * One place for the whole API, so no resolver can forget it.
 */
export function inputValidationPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problems = findArgumentProblems(schema, document, operation, request.variables);
          if (problems.length > 0) throw new InputRefusedError(problems);
        },
      };
    },
  };
}
