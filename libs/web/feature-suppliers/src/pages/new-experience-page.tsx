import {
  CreateSupplierExperienceDocument,
  useGraphQLMutation,
  type Viewer,
} from '@lgx/web/data-access';
import {
  type FormErrors,
  NO_FORM_ERRORS,
  problemsFromError,
  toFormErrors,
  usePageTitle,
} from '@lgx/web/ui';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { ExperienceForm } from '../components/experience-form';
import { ForOfficersOnly, OfficerGate } from '../components/officer-gate';
import { EXPERIENCE_FIELD_IDS as IDS } from '../model/experience-form-values';

/** Write about a supplier your council uses: one form, checked before and after it is sent. */
export function NewExperiencePage() {
  return (
    <OfficerGate>
      {(viewer) => (viewer.council ? <NewExperience viewer={viewer} /> : <ForOfficersOnly />)}
    </OfficerGate>
  );
}

function NewExperience({ viewer }: { viewer: Viewer }) {
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const navigate = useNavigate();
  usePageTitle('Write about a supplier', errors.hasErrors);
  const create = useGraphQLMutation(CreateSupplierExperienceDocument, {
    onSuccess: ({ createSupplierExperience }) =>
      navigate(`/supplier-experiences/${createSupplierExperience.id}`, {
        state: {
          flash: 'Thank you. A moderator will check your experience before other councils see it.',
        },
      }),
  });
  const councilName = viewer.council?.name ?? 'my council';
  return (
    <ExperienceForm
      councilName={councilName}
      supplierId={params.get('supplier') ?? undefined}
      errors={errors}
      busy={create.isPending}
      submitLabel="Send for moderation"
      onSubmit={({ input, problems }) => {
        if (problems.length > 0) return setErrors(toFormErrors(problems, IDS));
        setErrors(NO_FORM_ERRORS);
        create.mutate(
          { input },
          { onError: (error) => setErrors(toFormErrors(problemsFromError(error), IDS)) },
        );
      }}
    >
      <span className="govuk-caption-l">{councilName}</span>
      <h1 className="govuk-heading-xl">Write about a supplier</h1>
      <p className="govuk-body">
        Tell other councils what you bought and how it went. Only verified council officers can read
        it, and a moderator checks it first. Do not name members of staff.
      </p>
    </ExperienceForm>
  );
}
