import { CPV_CODES, GROUP_STAGES, isOneOf } from '@lgx/shared/domain';
import {
  type GroupStage,
  isEditorOf,
  ProcurementGroupsDocument,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { Button, Loading, Select, Tag, TextInput, usePageTitle } from '@lgx/web/ui';
import { Link, useSearchParams } from 'react-router';

import { QueryFailure } from '../query-failure';

const STAGE_OPTIONS = [
  { value: '', label: 'Any stage' },
  ...Object.entries(GROUP_STAGES).map(([value, label]) => ({ value, label })),
];

/** CPV divisions (codes ending in six zeros): groups in the same division are related. */
const CATEGORY_OPTIONS = [
  { value: '', label: 'Any category' },
  ...CPV_CODES.filter((entry) => entry.code.slice(2, 8) === '000000').map((entry) => ({
    value: entry.code,
    label: entry.label,
  })),
];

const isStage = (value: string): value is GroupStage => isOneOf(GROUP_STAGES, value);

/**
 * "4 councils, 3 committed". Outside the group a figure resting on fewer than
 * 3 councils is not given (null), so the line says only what is known.
 */
function membersLine(demand: { memberCount: number | null; committedCount: number | null }) {
  return [
    demand.memberCount === null
      ? null
      : `${demand.memberCount} ${demand.memberCount === 1 ? 'council' : 'councils'}`,
    demand.committedCount === null
      ? 'fewer than 3 councils committed'
      : `${demand.committedCount} committed`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Procurement groups an officer may join or follow, with filters held in the address. */
export function GroupsPage() {
  usePageTitle('Procurement groups');
  const [params] = useSearchParams();
  const search = params.get('search') ?? '';
  const stage = params.get('stage') ?? '';
  const mine = params.get('mine') === 'yes';
  const category = params.get('category') ?? '';
  const knownCategory = CATEGORY_OPTIONS.some((option) => option.value === category);
  const viewer = useViewer().data?.viewer;
  const { data, error, isFetching } = useGraphQLQuery(ProcurementGroupsDocument, {
    first: 50,
    filter: {
      search: search || null,
      stages: isStage(stage) ? [stage] : null,
      cpvCode: category && knownCategory ? category : null,
      mine,
    },
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
          <form method="get" action="/procurement-groups" aria-label="Filter groups">
            <h2 className="govuk-heading-m">Filter</h2>
            <TextInput
              id="search"
              name="search"
              label="Words in the title or need"
              defaultValue={search}
            />
            <Select
              id="category"
              name="category"
              label="Category"
              options={CATEGORY_OPTIONS}
              defaultValue={category}
            />
            <Select
              id="stage"
              name="stage"
              label="Stage"
              options={STAGE_OPTIONS}
              defaultValue={stage}
            />
            <div className="govuk-form-group">
              <div
                className="govuk-checkboxes govuk-checkboxes--small"
                data-module="govuk-checkboxes"
              >
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id="mine"
                    name="mine"
                    type="checkbox"
                    value="yes"
                    defaultChecked={mine}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="mine">
                    Only groups my council is in
                  </label>
                </div>
              </div>
            </div>
            <Button variant="secondary">Apply filters</Button>
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          {!groups ? (
            <Loading label="Loading groups" />
          ) : (
            <>
              <p className="govuk-body" role="status" aria-live="polite">
                {isFetching
                  ? 'Updating…'
                  : `${groups.totalCount} ${groups.totalCount === 1 ? 'group' : 'groups'}`}
              </p>
              {groups.edges.length === 0 ? (
                <p className="govuk-body">
                  No groups match. Try other words, or start one for your council’s need.
                </p>
              ) : (
                <ul className="govuk-list" aria-label="Groups">
                  {groups.edges.map(({ node: group }) => (
                    <li key={group.id} className="govuk-!-margin-bottom-6">
                      <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
                        <Link className="govuk-link" to={`/procurement-groups/${group.id}`}>
                          {group.title}
                        </Link>
                      </h2>
                      <p className="govuk-body-s govuk-!-margin-bottom-1">
                        <Tag colour={group.stage === 'ABANDONED' ? 'grey' : 'blue'}>
                          {group.stageLabel}
                        </Tag>{' '}
                        {group.visibility === 'INVITE_ONLY' && (
                          <Tag colour="purple">Invite only</Tag>
                        )}
                        {group.isSample && <Tag colour="purple">Sample content</Tag>}
                      </p>
                      <p className="govuk-body govuk-!-margin-bottom-1">{group.need}</p>
                      <p className="govuk-body-s govuk-hint">
                        Led by {group.leadCouncil.name} · {group.category.label} ·{' '}
                        {membersLine(group.demand)}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
