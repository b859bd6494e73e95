import {
  CouncilSupplierExperiencesDocument,
  isOfficer,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { ErrorSummary, Loading, Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

/**
 * For verified officers only: the council's published supplier experiences
 * that name it (its own officers also see its anonymised ones). Nothing at
 * all, not even the heading, for anyone else.
 */
export function CouncilSupplierExperiences({
  council,
}: {
  council: { code: string; name: string };
}) {
  const viewer = useViewer().data?.viewer;
  const officer = isOfficer(viewer);
  const { data, error } = useGraphQLQuery(
    CouncilSupplierExperiencesDocument,
    { councilCode: council.code },
    { enabled: officer },
  );
  if (!officer) return null;
  const experiences = data?.councilSupplierExperiences;
  const own = viewer?.council?.code === council.code;
  return (
    <section aria-labelledby="supplier-experiences-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="supplier-experiences-heading">
        Supplier experiences
      </h2>
      <p className="govuk-body">Only verified council officers see these.</p>
      {own && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/suppliers/my-council">
            All your council’s experiences, including those in moderation
          </Link>
        </p>
      )}
      {error && (
        <ErrorSummary
          title="Supplier experiences could not be loaded"
          errors={[{ message: error.message }]}
        />
      )}
      {!error && !experiences && <Loading label="Loading supplier experiences" />}
      {experiences && experiences.length === 0 && (
        <p className="govuk-body">No supplier experiences that name {council.name} yet.</p>
      )}
      {experiences && experiences.length > 0 && (
        <ul className="govuk-list">
          {experiences.map((experience) => (
            <li key={experience.id} className="govuk-!-margin-bottom-4">
              <Link
                className="govuk-link govuk-!-font-weight-bold"
                to={`/supplier-experiences/${experience.id}`}
              >
                {experience.supplierName}: {experience.product}
              </Link>{' '}
              {experience.attribution === 'ANONYMISED' && (
                <Tag colour="grey">Anonymised for other councils</Tag>
              )}
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {experience.category.label};{' '}
                {experience.wouldBuyAgain ? 'would buy again' : 'would not buy again'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
