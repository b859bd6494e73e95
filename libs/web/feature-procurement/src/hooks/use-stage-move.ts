import { stageMoveProblems } from '@lgx/shared/domain';
import {
  type GroupStage,
  MoveProcurementGroupStageDocument,
  useGraphQLMutation,
} from '@lgx/web/data-access';

import type { StageMove } from '../components/move-stage-form';
import { useActionErrors } from './use-action-errors';

const STAGE_FIELD_IDS = { to: 'next-stage', note: 'stage-note', reason: 'stage-reason' };

/**
 * Moving the group's stage: every problem the form can see is named before
 * sending, with the API's own rule (stageMoveProblems); `done` runs after a
 * move, given the errors to clear.
 */
export function useStageMove(groupId: string, done: (clear: () => void) => Promise<void>) {
  const errors = useActionErrors(STAGE_FIELD_IDS);
  const move = useGraphQLMutation(MoveProcurementGroupStageDocument, {
    onSuccess: () => done(errors.clear),
  });
  const onMove = ({ to, note, reason }: StageMove) => {
    const problems = stageMoveProblems({ to, note, reason });
    if (problems.length > 0) {
      errors.fail({
        message: problems.map((problem) => problem.message).join('. '),
        fields: problems,
      });
      return;
    }
    move.mutate(
      { input: { groupId, to: to as GroupStage, note, reason } },
      { onError: errors.fail },
    );
  };
  return { errors: errors.errors, busy: move.isPending, onMove };
}
