import type { ValidationRule } from 'graphql';

import { formatCount, QueryTooComplexError } from './query-too-complex.error';
import { foldOperation, type SelectionFold } from './selection-fold';

// Sums, so a fragment spread three times counts its aliases three times:
// each spread runs its fields again.
const ALIASES: SelectionFold = {
  field: (node, _definition, _parentType, selections) => (node.alias ? 1 : 0) + selections,
  combine: (values) => values.reduce((sum, value) => sum + value, 0),
  empty: 0,
};

/** Refuses an operation with more than `maximum` aliases (fragments included). */
export function maxAliasesRule(maximum: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const aliases = foldOperation(context, operation, ALIASES);
      if (aliases > maximum) {
        context.reportError(
          new QueryTooComplexError(
            `This query uses ${formatCount(aliases)} aliases; the limit is ${maximum}. Ask for each field once, or split it into several queries.`,
          ),
        );
      }
    },
  });
}
