import { MyCouncilSupplierExperiencesDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { Loading, Table, usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

import { ExperienceStatusTag } from '../components/experience-status-tag';
import { OfficerGate, QueryProblem } from '../components/officer-gate';
import { formatDate } from '../model/format';

/** Every experience of the officer's council, with where each is in moderation. */
export function MyCouncilExperiencesPage() {
  return <OfficerGate>{(viewer) => <MyCouncil councilName={viewer.council?.name} />}</OfficerGate>;
}

function MyCouncil({ councilName }: { councilName?: string }) {
  usePageTitle('Your council’s supplier experiences');
  const { data, error } = useGraphQLQuery(MyCouncilSupplierExperiencesDocument, {});
  if (error) return <QueryProblem error={error} />;
  if (!data) return <Loading label="Loading your council’s experiences" />;
  const experiences = data.myCouncilSupplierExperiences;
  return (
    <>
      {councilName && <span className="govuk-caption-l">{councilName}</span>}
      <h1 className="govuk-heading-xl">Your council’s supplier experiences</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to="/supplier-experiences/new">
          Write about a supplier
        </Link>
      </p>
      {experiences.length === 0 ? (
        <p className="govuk-body">Your council has not shared any supplier experiences yet.</p>
      ) : (
        <Table
          caption="Experiences, latest change first"
          captionHidden
          columns={[{ label: 'Supplier and product' }, { label: 'Status' }, { label: 'Changed' }]}
          rows={experiences.map((experience) => ({
            key: experience.id,
            cells: [
              <Link key="link" className="govuk-link" to={`/supplier-experiences/${experience.id}`}>
                {experience.supplierName}: {experience.product}
              </Link>,
              <ExperienceStatusTag key="status" status={experience.status} />,
              formatDate(String(experience.updatedAt)),
            ],
          }))}
        />
      )}
    </>
  );
}
