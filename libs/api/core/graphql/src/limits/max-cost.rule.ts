import {
  type FieldNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  isListType,
  isObjectType,
  Kind,
  type ValidationRule,
} from 'graphql';

import { formatCount, QueryTooComplexError } from './query-too-complex.error';
import { foldOperation, isIntrospection, type SelectionFold } from './selection-fold';

export interface CostLimit {
  /** The most an operation may cost. */
  maxCost: number;
  /** Items assumed for a list or connection when nothing says how many (the default `first`). */
  defaultListSize: number;
  /** The most items one list can return (the `first` cap), so no multiplier exceeds it. */
  maxListSize: number;
  /** Items assumed for a plain list (no `first`): highlights, facet values, members. */
  plainListSize: number;
}

/**
 * Refuses an operation that costs more than the limit: each field costs 1,
 * and everything under a list counts once per item it can return.
 */
export function maxCostRule(limit: CostLimit): ValidationRule {
  const cap = (value: number) => Math.min(value, Number.MAX_SAFE_INTEGER);
  const cost: SelectionFold = {
    field: (node, definition, parentType, selections, parent) =>
      isIntrospection(node)
        ? 0
        : cap(1 + listSize(node, definition, parentType, limit, parent) * selections),
    combine: (values) => cap(values.reduce((sum, value) => sum + value, 0)),
    empty: 0,
  };
  return (context) => ({
    OperationDefinition(operation) {
      const total = foldOperation(context, operation, cost);
      if (total > limit.maxCost) {
        context.reportError(
          new QueryTooComplexError(
            `This query could cost ${formatCount(total)} points (1 for each field, times the items each list can return); the limit is ${formatCount(limit.maxCost)}. Ask for fewer items with "first", or for fewer fields.`,
          ),
        );
      }
    },
  });
}

/**
 * How many items a field can return. A connection's `first` multiplies its
 * `edges` only (not totalCount, pageInfo or facets); other fields with a
 * `first` are lists of that size; plain lists count `plainListSize`.
 */
export function listSize(
  node: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  parentType: GraphQLNamedType | undefined,
  limit: Pick<CostLimit, 'defaultListSize' | 'maxListSize' | 'plainListSize'>,
  parent?: { node: FieldNode; definition: GraphQLField<unknown, unknown> | undefined },
): number {
  if (!definition) return 1;
  if (isConnection(getNamedType(definition.type))) return 1;
  if (parentType && isConnection(parentType) && node.name.value === 'edges') {
    return parent ? firstOf(parent.node, parent.definition, limit) : limit.defaultListSize;
  }
  if (definition.args.some((argument) => argument.name === 'first'))
    return firstOf(node, definition, limit);
  return isListType(getNullableType(definition.type)) ? limit.plainListSize : 1;
}

/** The `first` a field asks for: a literal, the cap for a variable, its default, or the default size. */
function firstOf(
  node: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  limit: Pick<CostLimit, 'defaultListSize' | 'maxListSize'>,
): number {
  const given = node.arguments?.find((argument) => argument.name.value === 'first')?.value;
  const declared = definition?.args.find((argument) => argument.name === 'first');
  let size: number;
  if (given?.kind === Kind.INT) size = Number(given.value);
  // Validation runs before variables are known, and a variable can carry
  // anything up to the cap, so assume the cap.
  else if (given?.kind === Kind.VARIABLE) size = limit.maxListSize;
  else if (typeof declared?.defaultValue === 'number') size = declared.defaultValue;
  else size = limit.defaultListSize;
  return Math.min(Math.max(size, 1), limit.maxListSize);
}

/** A cursor connection: an object type with `edges` and `pageInfo`, whatever its name. */
function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}
