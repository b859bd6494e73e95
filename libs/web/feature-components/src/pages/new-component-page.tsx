import {
  canWriteCaseStudies,
  CreateComponentDocument,
  useGraphQLMutation,
  useViewer,
} from '@lgx/web/data-access';
import { Loading, usePageTitle } from '@lgx/web/ui';
import { signInPath, twoFactorPath, useHere } from '@lgx/web/util';
import { Link, Navigate, useNavigate } from 'react-router';

import { ComponentForm } from '../components/component-form';
import { NotAnEditor, QueryFailure } from '../components/page-problems';
import { useComponentChanged } from '../hooks/use-component-changed';
import { useComponentFormErrors } from '../hooks/use-component-form-errors';
import { askedToConfirm } from '../model/asked-to-confirm';
import { NEW_COMPONENT } from '../model/component-form-values';

/** Add a component by hand: a draft maintained by the editor's council. */
export function NewComponentPage() {
  const { data, error } = useViewer();
  const here = useHere();
  const form = useComponentFormErrors();
  const navigate = useNavigate();
  const changed = useComponentChanged();
  const create = useGraphQLMutation(CreateComponentDocument, {
    onSuccess: async ({ createComponent: component }) => {
      await changed();
      navigate(`/components/${component.id}`, {
        state: {
          flash:
            `Your draft has been saved. Check it here, then publish it. ${askedToConfirm(component)}`.trim(),
        },
      });
    },
  });
  usePageTitle('Add a component', form.errors.hasErrors);

  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading label="Checking you are signed in" />;
  const viewer = data.viewer;
  if (!viewer.account) return <Navigate to={signInPath(here)} replace />;
  if (viewer.mfaChallengePending) return <Navigate to={twoFactorPath(here)} replace />;
  if (!viewer.council || !canWriteCaseStudies(viewer))
    return <NotAnEditor councilName={viewer.council?.name} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ComponentForm
          defaults={NEW_COMPONENT}
          errors={form.errors}
          busy={create.isPending}
          submitLabel="Save and preview"
          busyLabel="Saving your draft"
          cancelTo="/components"
          councilName={viewer.council.name}
          onSubmit={({ input, problems }) => {
            if (!form.validate(problems)) return;
            create.mutate({ input }, { onError: form.fail });
          }}
        >
          <span className="govuk-caption-l">{viewer.council.name}</span>
          <h1 className="govuk-heading-xl">Add a component</h1>
          <p className="govuk-body">
            Share something other councils can reuse: software, a service pattern, a template such
            as a DPIA, an API or a dataset. It is saved as a draft that only your council can see.
          </p>
          <p className="govuk-body">
            If it has a publiccode.yml file,{' '}
            <Link className="govuk-link" to="/components/import">
              import it instead
            </Link>
            .
          </p>
        </ComponentForm>
      </div>
    </div>
  );
}
