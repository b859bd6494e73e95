import {
  ComponentDocument,
  type ComponentQuery,
  type GraphQLRequestError,
  PublishComponentDocument,
  UnpublishComponentDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  Breadcrumbs,
  Button,
  ErrorSummary,
  Loading,
  NotificationBanner,
  SummaryList,
  type SummaryRow,
  Tag,
  usePageTitle,
  WarningText,
} from '@lgx/web/ui';
import { routerLink, useFlash } from '@lgx/web/util';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { QueryFailure } from '../session/page-problems';
import { useComponentChanged } from '../session/use-component-changed';
import { AdoptionSection } from './adoption-section';
import { CoMaintainership } from './co-maintainership';

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

function detailRows(component: Component): SummaryRow[] {
  return [
    { key: 'Kind', value: component.kind.label },
    { key: 'Licence', value: component.licence },
    { key: 'Repository or download', value: external(component.url) },
    { key: 'Documentation', value: external(component.documentationUrl) },
    { key: 'Service areas', value: list(component.serviceAreas.map((t) => t.label)) },
    { key: 'Technologies', value: list(component.technologies.map((t) => t.label)) },
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

function healthRows(component: Component): SummaryRow[] {
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

/** Publish, take back to draft and edit, for editors of a maintaining council. */
function EditorActions({
  component,
  onDone,
  onError,
}: {
  component: Component;
  onDone: (message: string) => void;
  onError: (error: GraphQLRequestError) => void;
}) {
  const changed = useComponentChanged();
  const publish = useGraphQLMutation(PublishComponentDocument, {
    onSuccess: async () => {
      await changed();
      onDone(
        'The component has been published: everyone can find it and councils can record using it.',
      );
    },
  });
  const unpublish = useGraphQLMutation(UnpublishComponentDocument, {
    onSuccess: async () => {
      await changed();
      onDone('The component is a draft again: only its maintaining councils can see it.');
    },
  });
  return (
    <div className="govuk-button-group lgx-no-print">
      {component.status === 'DRAFT' ? (
        <Button
          type="button"
          busy={publish.isPending}
          onClick={() => publish.mutate({ id: component.id }, { onError })}
        >
          Publish
        </Button>
      ) : (
        <Button
          type="button"
          variant="secondary"
          busy={unpublish.isPending}
          onClick={() => unpublish.mutate({ id: component.id }, { onError })}
        >
          Take back to draft
        </Button>
      )}
      <Link
        className="govuk-button govuk-button--secondary"
        to={`/components/${component.id}/edit`}
      >
        Change
      </Link>
      {component.publiccodeVersion && (
        <Link className="govuk-link" to="/components/import">
          Import its updated publiccode.yml
        </Link>
      )}
    </div>
  );
}

/** A component: what it is, whether it is alive, and who really uses it. */
export function ComponentPage() {
  const { id = '' } = useParams();
  const { data, error, isPending } = useGraphQLQuery(ComponentDocument, { id });
  const flash = useFlash();
  const [done, setDone] = useState<string>();
  const [actionError, setActionError] = useState<GraphQLRequestError>();
  const component = data?.component;
  usePageTitle(component?.name ?? 'Component', Boolean(actionError));

  if (error) return <QueryFailure error={error} />;
  if (isPending || !component) return <Loading label="Loading the component" />;

  const banner = done ? (
    <NotificationBanner key={done} success heading={done} />
  ) : flash ? (
    <NotificationBanner success heading={flash} />
  ) : null;
  return (
    <>
      <Breadcrumbs
        renderLink={routerLink}
        items={[
          { label: 'Home', href: '/' },
          { label: 'Components', href: '/components' },
        ]}
      />
      <div className="govuk-grid-row">
        <article className="govuk-grid-column-two-thirds">
          {banner}
          {actionError && <ErrorSummary errors={[{ message: actionError.message }]} />}
          <span className="govuk-caption-l">Reusable component</span>
          <h1 className="govuk-heading-xl">{component.name}</h1>
          <p className="lgx-tags">
            {component.status === 'DRAFT' && <Tag colour="grey">Draft</Tag>}
            <Tag colour={component.maturity.key === 'RETIRED' ? 'red' : 'blue'}>
              <span className="govuk-visually-hidden">Maturity: </span>
              {component.maturity.label}
            </Tag>
            {component.isSample && <Tag colour="purple">Sample content</Tag>}
          </p>
          {component.status === 'DRAFT' && (
            <WarningText>
              Draft: only its maintaining councils can see this. Publish it when it is ready.
            </WarningText>
          )}
          {component.health.possiblyStale && (
            <div className="govuk-inset-text">
              Its maintainers have not updated it for 12 months or more, so it may be out of date.
            </div>
          )}
          <p className="govuk-body-l">{component.summary}</p>
          <p className="govuk-body">
            {component.maintainingCouncils.length === 0 ? (
              'Not maintained by a council on LGX.'
            ) : (
              <>
                Maintained by{' '}
                {component.maintainingCouncils.map((council, index) => (
                  <span key={council.code}>
                    {index > 0 &&
                      (index === component.maintainingCouncils.length - 1 ? ' and ' : ', ')}
                    <Link className="govuk-link" to={`/councils/${council.code}`}>
                      {council.name}
                    </Link>
                  </span>
                ))}
                .
              </>
            )}
          </p>
          <CoMaintainership
            component={component}
            onDone={(message) => {
              setActionError(undefined);
              setDone(message);
            }}
            onError={(failure) => {
              setDone(undefined);
              setActionError(failure);
            }}
          />
          {component.canEdit && (
            <EditorActions
              component={component}
              onDone={(message) => {
                setActionError(undefined);
                setDone(message);
              }}
              onError={(failure) => {
                setDone(undefined);
                setActionError(failure);
              }}
            />
          )}
          <h2 className="govuk-heading-m">Health</h2>
          <SummaryList rows={healthRows(component)} />
          <div
            className="govuk-body lgx-prose"
            // Safe HTML: the API renders the Markdown with raw HTML escaped and unsafe links refused.
            dangerouslySetInnerHTML={{ __html: component.html }}
          />
          {component.features.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Features</h2>
              <ul className="govuk-list govuk-list--bullet">
                {component.features.map((feature) => (
                  <li key={feature}>{feature}</li>
                ))}
              </ul>
            </>
          )}
          <h2 className="govuk-heading-m">Details</h2>
          <SummaryList rows={detailRows(component)} />
          <AdoptionSection component={component} />
        </article>
      </div>
    </>
  );
}
