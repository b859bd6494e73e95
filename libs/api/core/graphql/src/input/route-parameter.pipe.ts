import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

import { ERROR_CODES, UserFacingError } from '../graphql-error';
import { isUuid, textProblem } from './text-checks';

/** Route parameters that name a row: `:id`, `:groupId` and the like. */
const ID_PARAMETER = /^(id|[a-z]+Id)$/;

/**
 * The plain HTTP routes' side of the edge checks (uploads, downloads,
 * exports): a path parameter that names a row must be a UUID, and no path or
 * query value may hold NUL or lone surrogates. Refused with 400 and
 * BAD_USER_INPUT by GraphQLExceptionFilter, before the controller runs.
 * GraphQL arguments never reach here as 'param' or 'query'.
 */
@Injectable()
export class RouteParameterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query') return value;
    const where = metadata.type === 'param' ? 'in the address' : 'in the query string';
    for (const [name, text] of strings(value, metadata.data)) {
      const problem = textProblem(text);
      if (problem) throw refuse(name, `"${name}" ${where} ${problem}`);
      if (metadata.type === 'param' && ID_PARAMETER.test(name) && !isUuid(text)) {
        throw refuse(
          name,
          `"${name}" ${where} is not an id this API gave out: ids are UUIDs, such as 3f1c2b8e-9d4a-4c1e-8f0a-1b2c3d4e5f60.`,
        );
      }
    }
    return value;
  }
}

/** The named strings of a parameter: one (`@Param('id')`) or all (`@Param()`). */
function strings(value: unknown, name: string | undefined): [string, string][] {
  if (typeof value === 'string') return [[name ?? 'value', value]];
  if (name !== undefined || !value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === 'string' ? [[key, item] as [string, string]] : [],
  );
}

function refuse(argumentName: string, message: string): UserFacingError {
  return new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { argumentName });
}
