import {
  type ComponentQuery,
  type GraphQLRequestError,
  PublishComponentDocument,
  UnpublishComponentDocument,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Button, ConfirmStep, useConfirmStep } from '@lgx/web/ui';
import { Link } from 'react-router';

import { useComponentChanged } from '../hooks/use-component-changed';

type Component = NonNullable<ComponentQuery['component']>;

const PUBLISH_BUTTON = 'publish-component';

/** "Publish this component?", saying who will see it. */
function PublishConfirmation(props: {
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmStep heading="Publish this component?" confirmLabel="Publish" {...props}>
      <p className="govuk-body">Once it is published, everyone will be able to see it:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>anyone on the internet, including people who are not signed in to LGX</li>
        <li>search engines, such as Google, can list it</li>
        <li>officers of every council can find it and record that their council uses it</li>
      </ul>
    </ConfirmStep>
  );
}

/** Publish, take back to draft and edit, for editors of a maintaining council. */
export function EditorActions({
  component,
  onDone,
  onError,
}: {
  component: Component;
  onDone: (message: string) => void;
  onError: (error: GraphQLRequestError) => void;
}) {
  const changed = useComponentChanged();
  const confirm = useConfirmStep(PUBLISH_BUTTON);
  const publish = useGraphQLMutation(PublishComponentDocument, {
    onSuccess: async () => {
      await changed();
      confirm.close();
      onDone(
        'The component has been published: everyone can find it and councils can record using it.',
      );
    },
  });
  const unpublish = useGraphQLMutation(UnpublishComponentDocument, {
    onSuccess: async () => {
      await changed();
      onDone('The component is a draft again: only its maintaining councils can see it.');
    },
  });
  if (confirm.asking)
    return (
      <PublishConfirmation
        busy={publish.isPending}
        onConfirm={() => publish.mutate({ id: component.id }, { onError })}
        onCancel={confirm.cancel}
      />
    );
  return (
    <div className="govuk-button-group lgx-no-print">
      {component.status === 'DRAFT' ? (
        <Button type="button" id={PUBLISH_BUTTON} onClick={confirm.ask}>
          Publish
        </Button>
      ) : (
        <Button
          type="button"
          variant="secondary"
          busy={unpublish.isPending}
          onClick={() => unpublish.mutate({ id: component.id }, { onError })}
        >
          Take back to draft
        </Button>
      )}
      <Link
        className="govuk-button govuk-button--secondary"
        to={`/components/${component.id}/edit`}
      >
        Change
      </Link>
      {component.publiccodeVersion && (
        <Link className="govuk-link" to="/components/import">
          Import its updated publiccode.yml
        </Link>
      )}
    </div>
  );
}
