import {
  CreateSupplierExperienceDocument,
  useGraphQLMutation,
  type Viewer,
} from '@lgx/web/data-access';
import { usePageTitle } from '@lgx/web/ui';
import { useNavigate, useSearchParams } from 'react-router';

import { ExperienceForm } from '../components/experience-form';
import { ForOfficersOnly, OfficerGate } from '../components/officer-gate';
import { useExperienceFormErrors } from '../hooks/use-experience-form-errors';

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
  const { errors, dateParts, check, answer } = useExperienceFormErrors();
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
      form="new"
      councilName={councilName}
      supplierId={params.get('supplier') ?? undefined}
      errors={errors}
      dateParts={dateParts}
      busy={create.isPending}
      submitLabel="Send for moderation"
      onSubmit={(read) => check(read, (input) => create.mutate({ input }, { onError: answer }))}
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
