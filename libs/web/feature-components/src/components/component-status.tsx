import type { ComponentQuery } from '@lgx/web/data-access';
import { Tag, WarningText } from '@lgx/web/ui';

type Component = NonNullable<ComponentQuery['component']>;

/** The tags under a component's name (draft, maturity, sample) and warnings of a draft or stale one. */
export function ComponentStatus({ component }: { component: Component }) {
  return (
    <>
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
    </>
  );
}
