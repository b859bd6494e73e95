import {
  CaseStudyDocument,
  UpdateCaseStudyDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { Loading, usePageTitle, WarningText } from '@lgx/web/ui';
import { signInPath, useHere } from '@lgx/web/util';
import { useMemo } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';

import { CaseStudyForm } from '../components/case-study-form';
import { NotACaseStudyEditor } from '../components/not-a-case-study-editor';
import { QueryFailure } from '../components/query-failure';
import { useCaseStudyChanged } from '../hooks/use-case-study-changed';
import { useCaseStudyFormErrors } from '../hooks/use-case-study-form-errors';
import { askedToConfirm } from '../model/asked-to-confirm';
import { formDefaultsOf } from '../model/case-study-form-values';

/** Change a case study; a change to a published one is published at once as a new version. */
export function EditCaseStudyPage() {
  const { id = '' } = useParams();
  const { data, error } = useGraphQLQuery(CaseStudyDocument, { id });
  const viewer = useViewer().data?.viewer;
  const here = useHere();
  const form = useCaseStudyFormErrors();
  const navigate = useNavigate();
  const changed = useCaseStudyChanged();
  const update = useGraphQLMutation(UpdateCaseStudyDocument, {
    onSuccess: async ({ updateCaseStudy: study }) => {
      await changed(study);
      navigate(`/case-studies/${study.id}`, {
        state: {
          flash: `${
            study.status === 'PUBLISHED'
              ? 'Your changes have been published as a new version.'
              : 'Your changes have been saved.'
          } ${askedToConfirm(study)}`.trim(),
        },
      });
    },
  });
  const study = data?.caseStudy;
  const defaults = useMemo(() => (study ? formDefaultsOf(study) : undefined), [study]);
  usePageTitle(study ? `Change ${study.title}` : 'Change a case study', form.errors.hasErrors);

  if (error) return <QueryFailure error={error} />;
  if (!study || !defaults) return <Loading label="Loading the case study" />;
  if (viewer && !viewer.account) return <Navigate to={signInPath(here)} replace />;
  if (!study.canEdit)
    return (
      <NotACaseStudyEditor
        councilName={viewer?.council?.name}
        reason={`Editors of ${study.leadCouncil.name} and its co-author councils can change this case study.`}
      />
    );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/case-studies/${study.id}`}>
          Back to the case study
        </Link>
        <CaseStudyForm
          // A fresh form for each case study, with its own starting values.
          key={study.id}
          defaults={defaults}
          errors={form.errors}
          busy={update.isPending}
          submitLabel={study.status === 'PUBLISHED' ? 'Publish changes' : 'Save and preview'}
          busyLabel="Saving your changes"
          cancelTo={`/case-studies/${study.id}`}
          leadCouncil={study.leadCouncil}
          officer={viewer?.account ?? undefined}
          onSubmit={(read) => {
            const input = form.toSend(read);
            if (input) update.mutate({ id: study.id, input }, { onError: form.fail });
          }}
        >
          <span className="govuk-caption-l">{study.leadCouncil.name}</span>
          <h1 className="govuk-heading-xl">Change the case study</h1>
          {study.status === 'PUBLISHED' && (
            <WarningText>
              This case study is published: your changes will be published straight away, as a new
              version in its revision history.
            </WarningText>
          )}
        </CaseStudyForm>
      </div>
    </div>
  );
}
