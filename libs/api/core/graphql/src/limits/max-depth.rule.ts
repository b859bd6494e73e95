import type { ValidationRule } from 'graphql';

import { QueryTooComplexError } from './query-too-complex.error';
import { foldOperation, isIntrospection, type SelectionFold } from './selection-fold';

const DEPTH: SelectionFold = {
  field: (node, _definition, _parentType, selections) =>
    isIntrospection(node) ? 0 : 1 + selections,
  combine: (values) => Math.max(0, ...values),
  empty: 0,
};

/** Refuses an operation whose fields nest deeper than `maximum` (fragments included). */
export function maxDepthRule(maximum: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = foldOperation(context, operation, DEPTH);
      if (depth > maximum) {
        context.reportError(
          new QueryTooComplexError(
            `This query is nested ${depth} levels deep; the limit is ${maximum}. Ask for fewer levels of nested fields, or split it into several queries.`,
          ),
        );
      }
    },
  });
}
