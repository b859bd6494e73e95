import {
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  getVariableValues,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

import { ERROR_CODES } from '../graphql-error';
import { isUuid, textProblem } from './text-checks';

/** One thing wrong with a value a client sent, and where it is. */
export interface InputProblem {
  code: typeof ERROR_CODES.BAD_USER_INPUT;
  /** The field the argument belongs to, e.g. "updateCaseStudy". */
  fieldName: string;
  argumentName: string;
  /** The argument and where inside it, e.g. "input.steps[2].title". */
  path: string;
  message: string;
}

/**
 * Every ID this API accepts is the UUID of a row (council codes travel as
 * String). An ID input that is not a UUID belongs here, as "field:path",
 * with the reason; the schema test lists every ID input to keep this true.
 */
const IDS_THAT_ARE_NOT_UUIDS = new Set<string>([]);

const MAX_PROBLEMS = 20;
/** More items than any list LGX takes (filters, taxonomies, councils): refused before it is read. */
export const MAX_LIST_ITEMS = 1_000;

/**
 * Walks every argument of every field the operation selects (fragments
 * included), with variables coerced as execution will coerce them, and
 * reports values nothing downstream can handle: text with NUL or lone
 * surrogates, and IDs that are not UUIDs. (Cursors are each list's own to
 * decode, with typed parts: see decodeCursor.)
 * Answers [] when variables do not even coerce: execution then reports that.
 */
export function findArgumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): InputProblem[] {
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables ?? {},
    {
      maxErrors: 1,
    },
  );
  if (coerced.errors) return [];
  const variables = coerced.coerced;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  const problems: InputProblem[] = [];
  const visited = new Set<string>();

  const walk = (node: OperationDefinitionNode | SelectionSetNode['selections'][number]) => {
    const typeInfo = new TypeInfo(schema);
    const spreads: string[] = [];
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field: FieldNode) {
          const definition = typeInfo.getFieldDef();
          if (!definition || !field.arguments?.length) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(definition, field, variables);
          } catch {
            return; // a literal that does not coerce: validation or execution says so
          }
          for (const argument of definition.args) {
            checkValue(values[argument.name], argument.type, argument.name, {
              fieldName: definition.name,
              argumentName: argument.name,
              problems,
            });
          }
        },
        FragmentSpread(spread) {
          spreads.push(spread.name.value);
        },
      }),
    );
    for (const name of spreads) {
      const fragment = fragments.get(name);
      if (!fragment || visited.has(name)) continue;
      visited.add(name);
      walkFragment(fragment.selectionSet, fragment.typeCondition.name.value);
    }
  };

  // A fragment is walked as an inline fragment of its type condition, so
  // TypeInfo knows the parent type of its fields.
  const walkFragment = (selectionSet: SelectionSetNode, typeName: string) =>
    walk({
      kind: Kind.INLINE_FRAGMENT,
      typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
      selectionSet,
    });

  const root = schema.getRootType(operation.operation);
  if (!root) return [];
  walkFragment(operation.selectionSet, root.name);
  return problems.slice(0, MAX_PROBLEMS);
}

interface Where {
  fieldName: string;
  argumentName: string;
  problems: InputProblem[];
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, where: Where): void {
  if (value === null || value === undefined || where.problems.length >= MAX_PROBLEMS) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, where);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, path, where);
    if (value.length > MAX_LIST_ITEMS) {
      where.problems.push({
        code: ERROR_CODES.BAD_USER_INPUT,
        fieldName: where.fieldName,
        argumentName: where.argumentName,
        path,
        message: `"${path}" has ${value.length.toLocaleString('en-GB')} items; a list may have at most ${MAX_LIST_ITEMS.toLocaleString('en-GB')}.`,
      });
      return;
    }
    value.forEach((item, index) => checkValue(item, type.ofType, `${path}[${index}]`, where));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(type.getFields())) {
      checkValue(
        (value as Record<string, unknown>)[field.name],
        field.type,
        `${path}.${field.name}`,
        where,
      );
    }
    return;
  }
  // Enums are already members of their type; only scalars carry free text.
  if (!isScalarType(type) || typeof value !== 'string') return;
  const report = (code: InputProblem['code'], message: string): void => {
    where.problems.push({
      code,
      fieldName: where.fieldName,
      argumentName: where.argumentName,
      path,
      message,
    });
  };
  const problem = textProblem(value);
  if (problem) return report(ERROR_CODES.BAD_USER_INPUT, `"${path}" ${problem}`);
  if (
    type.name === 'ID' &&
    !isUuid(value) &&
    !IDS_THAT_ARE_NOT_UUIDS.has(`${where.fieldName}:${path}`)
  ) {
    return report(
      ERROR_CODES.BAD_USER_INPUT,
      `"${path}" is not an id this API gave out: ids are UUIDs, such as 3f1c2b8e-9d4a-4c1e-8f0a-1b2c3d4e5f60.`,
    );
  }
}
