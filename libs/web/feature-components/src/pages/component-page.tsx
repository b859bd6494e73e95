import { ComponentDocument, useFollow, useGraphQLQuery } from '@lgx/web/data-access';
import {
  Breadcrumbs,
  ErrorSummary,
  FollowButton,
  Loading,
  NotificationBanner,
  SummaryList,
  usePageTitle,
} from '@lgx/web/ui';
import { routerLink, useFlash } from '@lgx/web/util';
import { useParams } from 'react-router';

import { AdoptionSection } from '../components/adoption-section';
import { CoMaintainership } from '../components/co-maintainership';
import { ComponentQuestions } from '../components/component-questions';
import { detailRows, healthRows } from '../components/component-rows';
import { ComponentStatus } from '../components/component-status';
import { EditorActions } from '../components/editor-actions';
import { MaintainedBy } from '../components/maintained-by';
import { QueryFailure } from '../components/query-failure';
import { useActionOutcome } from '../hooks/use-action-outcome';

/** A component: what it is, whether it is alive, and who really uses it. */
export function ComponentPage() {
  const { id = '' } = useParams();
  const { data, error, isPending } = useGraphQLQuery(ComponentDocument, { id });
  const flash = useFlash();
  const { done, actionError, onDone, onError } = useActionOutcome();
  const component = data?.component;
  const follow = useFollow({ kind: 'COMPONENT', targetId: id });
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
          <FollowButton name={component.name} {...follow} />
          <ComponentStatus component={component} />
          <p className="govuk-body-l">{component.summary}</p>
          <MaintainedBy councils={component.maintainingCouncils} />
          <CoMaintainership component={component} onDone={onDone} onError={onError} />
          {component.canEdit && (
            <EditorActions component={component} onDone={onDone} onError={onError} />
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
          {component.status === 'PUBLISHED' && <ComponentQuestions componentId={component.id} />}
        </article>
      </div>
    </>
  );
}
