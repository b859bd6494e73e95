import {
  QueryKeys,
  SupplierExperienceDocument,
  UpdateSupplierExperienceDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
  type Viewer,
} from '@lgx/web/data-access';
import { Loading, usePageTitle } from '@lgx/web/ui';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { ExperienceForm } from '../components/experience-form';
import { NotFound, OfficerGate, QueryProblem } from '../components/officer-gate';
import { useExperienceFormErrors } from '../hooks/use-experience-form-errors';

/** Change an experience a moderator sent back (or one still waiting); it goes back to the queue. */
export function EditExperiencePage() {
  return <OfficerGate>{(viewer) => <EditExperience viewer={viewer} />}</OfficerGate>;
}

function EditExperience({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { errors, dateParts, check, answer } = useExperienceFormErrors();
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const { data, error } = useGraphQLQuery(SupplierExperienceDocument, { id });
  usePageTitle('Change your supplier experience', errors.hasErrors);
  const update = useGraphQLMutation(UpdateSupplierExperienceDocument, {
    onSuccess: async () => {
      await invalidate([QueryKeys.SupplierExperience]);
      navigate(`/supplier-experiences/${id}`, {
        state: { flash: 'Thank you. A moderator will check your changes.' },
      });
    },
  });
  if (error) return <QueryProblem error={error} what="Supplier experience" />;
  if (!data) return <Loading label="Loading the experience" />;
  const experience = data.supplierExperience;
  if (!experience.canEdit) return <NotFound what="Supplier experience" />;
  return (
    <ExperienceForm
      form={{ id }}
      councilName={viewer.council?.name ?? 'my council'}
      experience={experience}
      supplierId={params.get('supplier') ?? undefined}
      errors={errors}
      dateParts={dateParts}
      busy={update.isPending}
      submitLabel="Send for moderation again"
      onSubmit={(read) => check(read, (input) => update.mutate({ id, input }, { onError: answer }))}
    >
      <span className="govuk-caption-l">
        <Link className="govuk-link" to={`/supplier-experiences/${id}`}>
          {experience.supplierName}: {experience.product}
        </Link>
      </span>
      <h1 className="govuk-heading-xl">Change your supplier experience</h1>
      {experience.moderatorMessage && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">Message from the moderator</p>
          <p className="govuk-body">{experience.moderatorMessage}</p>
        </div>
      )}
    </ExperienceForm>
  );
}
