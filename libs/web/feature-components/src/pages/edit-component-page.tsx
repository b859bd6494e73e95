import {
  ComponentDocument,
  UpdateComponentDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { Loading, usePageTitle } from '@lgx/web/ui';
import { signInPath, useHere } from '@lgx/web/util';
import { Navigate, useNavigate, useParams } from 'react-router';

import { ComponentForm } from '../components/component-form';
import { NotAComponentEditor } from '../components/not-a-component-editor';
import { QueryFailure } from '../components/query-failure';
import { useComponentChanged } from '../hooks/use-component-changed';
import { useComponentFormErrors } from '../hooks/use-component-form-errors';
import { askedToConfirm } from '../model/asked-to-confirm';
import { defaultsFrom } from '../model/component-form-values';

/** Change a component: for editors of its maintaining councils. */
export function EditComponentPage() {
  const { id = '' } = useParams();
  const here = useHere();
  const viewer = useViewer().data?.viewer;
  const { data, error } = useGraphQLQuery(ComponentDocument, { id });
  const form = useComponentFormErrors();
  const navigate = useNavigate();
  const changed = useComponentChanged();
  const update = useGraphQLMutation(UpdateComponentDocument, {
    onSuccess: async ({ updateComponent: saved }) => {
      await changed();
      navigate(`/components/${id}`, {
        state: { flash: `Your changes have been saved. ${askedToConfirm(saved)}`.trim() },
      });
    },
  });
  const component = data?.component;
  usePageTitle(
    component ? `Change ${component.name}` : 'Change a component',
    form.errors.hasErrors,
  );

  if (error) return <QueryFailure error={error} />;
  if (!component || !viewer) return <Loading label="Loading the component" />;
  if (!viewer.account) return <Navigate to={signInPath(here)} replace />;
  if (!component.canEdit || !viewer.council)
    return <NotAComponentEditor councilName={viewer.council?.name} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ComponentForm
          defaults={defaultsFrom(component, viewer.council.code)}
          errors={form.errors}
          busy={update.isPending}
          submitLabel="Save changes"
          busyLabel="Saving your changes"
          cancelTo={`/components/${id}`}
          council={viewer.council}
          onSubmit={(read) => {
            const input = form.toSend(read);
            if (input) update.mutate({ id, input }, { onError: form.fail });
          }}
        >
          <span className="govuk-caption-l">{component.name}</span>
          <h1 className="govuk-heading-xl">Change this component</h1>
        </ComponentForm>
      </div>
    </div>
  );
}
