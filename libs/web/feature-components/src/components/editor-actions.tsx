import {
  type ComponentQuery,
  type GraphQLRequestError,
  PublishComponentDocument,
  UnpublishComponentDocument,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Button } from '@lgx/web/ui';
import { Link } from 'react-router';

import { useComponentChanged } from '../hooks/use-component-changed';

type Component = NonNullable<ComponentQuery['component']>;

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
  const publish = useGraphQLMutation(PublishComponentDocument, {
    onSuccess: async () => {
      await changed();
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
  return (
    <div className="govuk-button-group lgx-no-print">
      {component.status === 'DRAFT' ? (
        <Button
          type="button"
          busy={publish.isPending}
          onClick={() => publish.mutate({ id: component.id }, { onError })}
        >
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
