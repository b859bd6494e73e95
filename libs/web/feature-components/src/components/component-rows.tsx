import type { ComponentQuery } from '@lgx/web/data-access';
import { type SummaryRow, Tag } from '@lgx/web/ui';
import { topicList } from '@lgx/web/util';

type Component = NonNullable<ComponentQuery['component']>;

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
const formatMoment = (value: unknown) =>
  typeof value === 'string' || value instanceof Date ? dateFormat.format(new Date(value)) : '';

const list = (items: readonly string[], empty = 'None given') =>
  items.length === 0 ? (
    empty
  ) : (
    <ul className="govuk-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );

const external = (url: string | null) =>
  url ? (
    <a className="govuk-link lgx-break-words" href={url} rel="noopener noreferrer nofollow">
      {url}
    </a>
  ) : (
    'Not given'
  );

export function detailRows(component: Component): SummaryRow[] {
  return [
    { key: 'Kind', value: component.kind.label },
    { key: 'Licence', value: component.licence },
    { key: 'Repository or download', value: external(component.url) },
    { key: 'Documentation', value: external(component.documentationUrl) },
    { key: 'Service areas', value: topicList('SERVICE_AREA', component.serviceAreas) },
    { key: 'Technologies', value: topicList('TECHNOLOGY', component.technologies) },
    { key: 'Standards and regulations', value: list(component.standards.map((t) => t.label)) },
    {
      key: 'Dependencies',
      value:
        component.dependencies.length === 0 ? (
          'None given'
        ) : (
          <ul className="govuk-list">
            {component.dependencies.map((dependency) => (
              <li key={dependency.name}>
                {dependency.name}
                {dependency.proprietary && (
                  <>
                    {' '}
                    <Tag colour="orange">Proprietary: lock-in risk</Tag>
                  </>
                )}
              </li>
            ))}
          </ul>
        ),
    },
    ...(component.softwareVersion
      ? [{ key: 'Version', value: component.softwareVersion } as SummaryRow]
      : []),
    ...(component.publiccodeVersion
      ? [{ key: 'Imported from', value: `publiccode.yml ${component.publiccodeVersion}` }]
      : []),
  ];
}

export function healthRows(component: Component): SummaryRow[] {
  return [
    { key: 'Maturity', value: component.maturity.label },
    {
      key: 'Last updated by its maintainers',
      value: (
        <>
          {formatMoment(component.health.lastUpdatedAt)}
          {component.health.possiblyStale && (
            <>
              {' '}
              <Tag colour="yellow">Possibly stale</Tag>
            </>
          )}
        </>
      ),
    },
    { key: 'Councils evaluating or using it', value: String(component.health.adoptionCount) },
    { key: 'Questions to its adopters (last 90 days)', value: String(component.recentQuestions) },
  ];
}
