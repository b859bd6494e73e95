import { CreateComponentDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { usePageTitle } from '@lgx/web/ui';
import { Link, useNavigate } from 'react-router';

import { ComponentEditorGate } from '../components/component-editor-gate';
import { ComponentForm } from '../components/component-form';
import { useComponentChanged } from '../hooks/use-component-changed';
import { useComponentFormErrors } from '../hooks/use-component-form-errors';
import { askedToConfirm } from '../model/asked-to-confirm';
import { NEW_COMPONENT } from '../model/component-form-values';

/** Add a component by hand: a draft maintained by the editor's council. */
export function NewComponentPage() {
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

  return (
    <ComponentEditorGate>
      {(viewer) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ComponentForm
              defaults={NEW_COMPONENT}
              errors={form.errors}
              busy={create.isPending}
              submitLabel="Save and preview"
              busyLabel="Saving your draft"
              cancelTo="/components"
              council={viewer.council}
              onSubmit={(read) => {
                const input = form.toSend(read);
                if (input) create.mutate({ input }, { onError: form.fail });
              }}
            >
              <span className="govuk-caption-l">{viewer.council.name}</span>
              <h1 className="govuk-heading-xl">Add a component</h1>
              <p className="govuk-body">
                Share something other councils can reuse: software, a service pattern, a template
                such as a DPIA, an API or a dataset. It is saved as a draft that only your council
                can see.
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
      )}
    </ComponentEditorGate>
  );
}
