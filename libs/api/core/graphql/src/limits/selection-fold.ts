import {
  type FieldNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** How to sum up an operation's selections into one number (depth, aliases, cost). */
export interface SelectionFold {
  /** The value of one field, from the value of its own selections (`empty` for a leaf). */
  field: (
    node: FieldNode,
    definition: GraphQLField<unknown, unknown> | undefined,
    parentType: GraphQLNamedType | undefined,
    selections: number,
    /** The field whose selection this is (absent at the root). */
    parent?: { node: FieldNode; definition: GraphQLField<unknown, unknown> | undefined },
  ) => number;
  /** The value of sibling selections taken together. */
  combine: (values: number[]) => number;
  empty: number;
}

/**
 * Folds an operation's selections bottom-up, following fragment spreads.
 * Each named fragment is walked once per operation (memoised), so a document
 * that spreads a fragment thousands of times stays cheap to check, and a
 * fragment cycle counts as empty (NoFragmentCyclesRule reports it).
 */
export function foldOperation(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  fold: SelectionFold,
): number {
  const schema = context.getSchema();
  const fragments = new Map<string, number>();
  const inProgress = new Set<string>();

  const spread = (name: string): number => {
    const known = fragments.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    if (!fragment || inProgress.has(name)) return fold.empty;
    inProgress.add(name);
    const value = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    inProgress.delete(name);
    fragments.set(name, value);
    return value;
  };

  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType | undefined,
    parent?: { node: FieldNode; definition: GraphQLField<unknown, unknown> | undefined },
  ): number => {
    const values: number[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldOf(parentType, selection.name.value);
        const own = selection.selectionSet
          ? walk(selection.selectionSet, definition && getNamedType(definition.type), {
              node: selection,
              definition,
            })
          : fold.empty;
        values.push(fold.field(selection, definition, parentType, own, parent));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        values.push(walk(selection.selectionSet, type, parent));
      } else {
        values.push(spread(selection.name.value));
      }
    }
    return fold.combine(values);
  };

  return walk(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

function fieldOf(
  type: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined;
  return type.getFields()[name];
}

/**
 * `__schema` and `__type` are left out of depth and cost: production refuses
 * them outright (introspection is off), and elsewhere the standard
 * introspection query, 15 levels deep, must keep working for tools.
 */
export function isIntrospection(node: FieldNode): boolean {
  return node.name.value === '__schema' || node.name.value === '__type';
}
