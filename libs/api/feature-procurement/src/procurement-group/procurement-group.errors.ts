import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import { GROUP_STAGES, type GroupStage } from '@lgx/shared/domain';

import type { FieldProblem } from './procurement-group.rules';

const stageWords = (stage: GroupStage) => GROUP_STAGES[stage].toLowerCase();

export const invalidInput = (problems: FieldProblem[]) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, problems.map((p) => p.message).join('. '), {
    fields: problems,
  });

export const fieldProblem = (field: string, message: string) => invalidInput([{ field, message }]);

export const groupNotFound = () =>
  new UserFacingError(
    ERROR_CODES.NOT_FOUND,
    'That procurement group was not found. It may be invite only, or the link may be wrong.',
  );

export const badStageMove = (from: GroupStage, to: GroupStage) =>
  new UserFacingError(
    'BAD_TRANSITION',
    `A group that is ${stageWords(from)} cannot move to ${stageWords(to)}.`,
  );

/** The group is in a stage, or past a date, where this cannot happen. */
export const notNow = (message: string) => new UserFacingError('GROUP_NOT_OPEN', message);

/** The council's place in the group does not allow this. */
export const notAMember = (message: string) => new UserFacingError('NOT_A_MEMBER', message);

/** Sample content is not a procurement run on LGX: it has no release, and it does not change here. */
export const sampleContent = (message: string) => new UserFacingError('SAMPLE_CONTENT', message);
