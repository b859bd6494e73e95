import {
  canWriteCaseStudies,
  CreateCaseStudyDocument,
  useGraphQLMutation,
  useViewer,
} from '@lgx/web/data-access';
import { EditorGate, usePageTitle } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { CaseStudyForm } from '../components/case-study-form';
import { NotACaseStudyEditor } from '../components/not-a-case-study-editor';
import { QueryFailure } from '../components/query-failure';
import { useCaseStudyChanged } from '../hooks/use-case-study-changed';
import { useCaseStudyFormErrors } from '../hooks/use-case-study-form-errors';
import { askedToConfirm } from '../model/asked-to-confirm';
import { NEW_CASE_STUDY, type ReadCaseStudy, withContact } from '../model/case-study-form-values';

/** Write a case study: a draft led by the editor's council, then its preview. */
export function NewCaseStudyPage() {
  const { data, error } = useViewer();
  const form = useCaseStudyFormErrors();
  const navigate = useNavigate();
  const changed = useCaseStudyChanged();
  const create = useGraphQLMutation(CreateCaseStudyDocument, {
    onSuccess: async ({ createCaseStudy: study }) => {
      await changed(study);
      navigate(`/case-studies/${study.id}`, {
        state: {
          flash:
            `Your draft has been saved. Check it here, then publish it. ${askedToConfirm(study)}`.trim(),
        },
      });
    },
  });
  usePageTitle('Write a case study', form.errors.hasErrors);
  // Sent even with problems found here: the API then answers with all of its own at once.
  const save = (read: ReadCaseStudy) => {
    const input = form.toSend(read);
    if (input) create.mutate({ input }, { onError: form.fail });
  };

  return (
    <EditorGate
      viewer={data?.viewer}
      error={error}
      mayEdit={canWriteCaseStudies}
      failure={(failure) => <QueryFailure error={failure} />}
      notAnEditor={(councilName) => <NotACaseStudyEditor councilName={councilName} />}
    >
      {(viewer) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <CaseStudyForm
              defaults={withContact(NEW_CASE_STUDY, viewer.account)}
              officer={viewer.account ?? undefined}
              errors={form.errors}
              busy={create.isPending}
              submitLabel="Save and preview"
              busyLabel="Saving your draft"
              cancelTo={`/councils/${viewer.council.code}`}
              leadCouncil={viewer.council}
              onSubmit={save}
            >
              <span className="govuk-caption-l">{viewer.council.name}</span>
              <h1 className="govuk-heading-xl">Write a case study</h1>
              <p className="govuk-body-l">
                Say what your council did, what it cost, what it saved and what you learned, so
                other councils can do the same, or avoid the same mistakes.
              </p>
              <p className="govuk-body">
                It is saved as a draft that only your council can see. You can check it before you
                publish it.
              </p>
            </CaseStudyForm>
          </div>
        </div>
      )}
    </EditorGate>
  );
}
