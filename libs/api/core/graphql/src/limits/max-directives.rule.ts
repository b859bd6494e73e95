import { type ASTNode, type DirectiveNode, Kind, type ValidationRule } from 'graphql';

import { formatCount, QueryTooComplexError } from './query-too-complex.error';

export interface DirectiveLimit {
  /** The most directives one field, fragment, operation or variable may carry. */
  perLocation: number;
  /** The most directives in the whole document. */
  total: number;
}

/**
 * Refuses a document that piles directives on one place or uses too many in
 * all. The standard rules report each repeated directive separately, so
 * thousands of `@skip` on one field would otherwise make thousands of errors.
 */
export function maxDirectivesRule(limit: DirectiveLimit): ValidationRule {
  return (context) => {
    let total = 0;
    let reportedLocation = false;
    const check = (node: ASTNode & { directives?: readonly DirectiveNode[] }) => {
      const count = node.directives?.length ?? 0;
      total += count;
      if (count > limit.perLocation && !reportedLocation) {
        reportedLocation = true;
        context.reportError(
          new QueryTooComplexError(
            `This query puts ${formatCount(count)} directives on one ${describe(node)}; the limit is ${limit.perLocation}. Use each directive once.`,
          ),
        );
      }
    };
    return {
      OperationDefinition: check,
      FragmentDefinition: check,
      VariableDefinition: check,
      Field: check,
      FragmentSpread: check,
      InlineFragment: check,
      Document: {
        leave() {
          if (total > limit.total) {
            context.reportError(
              new QueryTooComplexError(
                `This query uses ${formatCount(total)} directives; the limit is ${limit.total}. Ask for fewer fields conditionally, or split it into several queries.`,
              ),
            );
          }
        },
      },
    };
  };
}

function describe(node: ASTNode): string {
  switch (node.kind) {
    case Kind.FIELD:
      return `field (${node.name.value})`;
    case Kind.OPERATION_DEFINITION:
      return 'operation';
    case Kind.VARIABLE_DEFINITION:
      return 'variable';
    default:
      return 'fragment';
  }
}
