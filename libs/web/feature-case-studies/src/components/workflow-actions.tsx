import {
  ArchiveCaseStudyDocument,
  type CaseStudyDetailsFragment,
  type GraphQLRequestError,
  PublishCaseStudyDocument,
  ReturnCaseStudyToDraftDocument,
  SubmitCaseStudyForReviewDocument,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Button, ConfirmStep, useConfirmStep } from '@lgx/web/ui';
import { Link } from 'react-router';

import { useCaseStudyChanged } from '../hooks/use-case-study-changed';

export interface WorkflowOutcome {
  heading: string;
  body: string;
}

type Action = 'submit' | 'return' | 'publish' | 'archive';

/** Which workflow steps a case study in this status can take, in the order they are offered. */
export function actionsFor(status: string): Action[] {
  switch (status) {
    case 'DRAFT':
      return ['publish', 'submit'];
    case 'IN_REVIEW':
      return ['publish', 'return'];
    case 'PUBLISHED':
      return ['archive'];
    case 'ARCHIVED':
      return ['publish'];
    default:
      return [];
  }
}

const LABELS: Record<Action, string> = {
  publish: 'Publish',
  submit: 'Send for review',
  return: 'Return to draft',
  archive: 'Archive',
};

const OUTCOMES: Record<Action, WorkflowOutcome> = {
  publish: {
    heading: 'The case study has been published',
    body: 'Everyone can now read it, and officers can find it in search.',
  },
  submit: {
    heading: 'The case study has been sent for review',
    body: 'Another editor of your council can check it and publish it. Only your council can see it until then.',
  },
  return: {
    heading: 'The case study has been returned to draft',
    body: 'Only your council can see it. Change it, then publish it or send it for review again.',
  },
  archive: {
    heading: 'The case study has been archived',
    body: 'It is no longer offered in search. Anyone with its link can still read it, marked as archived.',
  },
};

const PUBLISH_BUTTON = 'publish-case-study';

/** "Publish this case study?", saying who will see it. */
function PublishConfirmation(props: {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmStep heading="Publish this case study?" confirmLabel="Publish" {...props}>
      <p className="govuk-body">Once it is published, everyone will be able to read it:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>anyone on the internet, including people who are not signed in to LGX</li>
        <li>search engines, such as Google, can list it</li>
        <li>officers of every council can find it in LGX search</li>
      </ul>
      <p className="govuk-body">
        The contact officer’s details stay visible to signed-in council officers only.
      </p>
    </ConfirmStep>
  );
}

/** Edit, and the workflow steps that apply to the case study now, for its editors. */
export function WorkflowActions({
  study,
  onDone,
  onError,
}: {
  study: Pick<CaseStudyDetailsFragment, 'id' | 'status' | 'title'>;
  onDone: (outcome: WorkflowOutcome) => void;
  onError: (error: GraphQLRequestError) => void;
}) {
  const changed = useCaseStudyChanged();
  const confirm = useConfirmStep(PUBLISH_BUTTON);
  const done = (action: Action) => async (updated: CaseStudyDetailsFragment) => {
    await changed(updated);
    confirm.close();
    onDone(OUTCOMES[action]);
  };
  const publish = useGraphQLMutation(PublishCaseStudyDocument, {
    onSuccess: (data) => done('publish')(data.publishCaseStudy),
  });
  const submit = useGraphQLMutation(SubmitCaseStudyForReviewDocument, {
    onSuccess: (data) => done('submit')(data.submitCaseStudyForReview),
  });
  const returnToDraft = useGraphQLMutation(ReturnCaseStudyToDraftDocument, {
    onSuccess: (data) => done('return')(data.returnCaseStudyToDraft),
  });
  const archive = useGraphQLMutation(ArchiveCaseStudyDocument, {
    onSuccess: (data) => done('archive')(data.archiveCaseStudy),
  });
  const variables = { id: study.id };
  const run: Record<Action, () => void> = {
    publish: () => publish.mutate(variables, { onError }),
    submit: () => submit.mutate(variables, { onError }),
    return: () => returnToDraft.mutate(variables, { onError }),
    archive: () => archive.mutate(variables, { onError }),
  };
  const busy = [publish, submit, returnToDraft, archive].some((mutation) => mutation.isPending);

  if (confirm.asking)
    return (
      <PublishConfirmation
        busy={publish.isPending}
        onConfirm={run.publish}
        onCancel={confirm.cancel}
      />
    );
  return (
    <div className="govuk-button-group lgx-no-print">
      {actionsFor(study.status).map((action) => (
        <Button
          key={action}
          type="button"
          variant={action === 'publish' ? 'primary' : 'secondary'}
          busy={busy}
          onClick={action === 'publish' ? confirm.ask : run[action]}
          id={action === 'publish' ? PUBLISH_BUTTON : undefined}
        >
          {LABELS[action]}
        </Button>
      ))}
      <Link
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        to={`/case-studies/${study.id}/edit`}
      >
        Edit<span className="govuk-visually-hidden"> {study.title}</span>
      </Link>
    </div>
  );
}
