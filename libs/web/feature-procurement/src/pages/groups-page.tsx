import {
  isEditorOf,
  ProcurementGroupsDocument,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { Loading, usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

import { GroupFiltersForm } from '../components/group-filters-form';
import { GroupList } from '../components/group-list';
import { GroupsForVisitors } from '../components/groups-for-visitors';
import { QueryFailure } from '../components/query-failure';
import { useGroupFilters } from '../hooks/use-group-filters';

/** Procurement groups an officer may join or follow, with filters held in the address. */
export function GroupsPage() {
  const viewer = useViewer();
  if (!viewer.data && !viewer.error) return <Loading label="Checking you are signed in" />;
  if (viewer.data && !viewer.data.viewer.account) return <GroupsForVisitors />;
  return <Groups />;
}

function Groups() {
  usePageTitle('Procurement groups');
  const { filters, filter } = useGroupFilters();
  const viewer = useViewer().data?.viewer;
  const { data, error, isFetching } = useGraphQLQuery(ProcurementGroupsDocument, {
    first: 50,
    filter,
  });
  if (error) return <QueryFailure error={error} />;
  const groups = data?.procurementGroups;
  return (
    <>
      <h1 className="govuk-heading-xl">Procurement groups</h1>
      <p className="govuk-body-l">
        Councils with the same need find each other here, pool their demand and take a joint bid to
        market.
      </p>
      {viewer?.council && isEditorOf(viewer, viewer.council.code) && (
        <p className="govuk-body">
          <Link className="govuk-button" to="/procurement-groups/new">
            Start a group
          </Link>
        </p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <GroupFiltersForm filters={filters} />
        </div>
        <div className="govuk-grid-column-two-thirds">
          {!groups ? (
            <Loading label="Loading groups" />
          ) : (
            <GroupList groups={groups} updating={isFetching} />
          )}
        </div>
      </div>
    </>
  );
}
