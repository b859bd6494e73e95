import { CouncilComponentsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ErrorSummary, Loading, Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

type Listed = { id: string; name: string; summary: string; maturity: { label: string } };

function ComponentList({
  components,
}: {
  components: readonly (Listed & { status?: string; isSample?: boolean })[];
}) {
  return (
    <ul className="govuk-list">
      {components.map((component) => (
        <li key={component.id} className="govuk-!-margin-bottom-4">
          <Link className="govuk-link govuk-!-font-weight-bold" to={`/components/${component.id}`}>
            {component.name}
          </Link>{' '}
          {component.status === 'DRAFT' && <Tag colour="grey">Draft</Tag>}{' '}
          <Tag>
            <span className="govuk-visually-hidden">Maturity: </span>
            {component.maturity.label}
          </Tag>
          <p className="govuk-body govuk-!-margin-bottom-0">{component.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/** What a council maintains (its drafts too, for its own officers) and the published components it uses. */
export function CouncilComponents({ council }: { council: { code: string; name: string } }) {
  const { data, error } = useGraphQLQuery(CouncilComponentsDocument, { councilCode: council.code });
  const lists = data?.councilComponents;
  return (
    <section aria-labelledby="components-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="components-heading">
        Components
      </h2>
      {error && (
        <ErrorSummary
          title="Components could not be loaded"
          errors={[{ message: error.message }]}
        />
      )}
      {!error && !lists && <Loading label="Loading components" />}
      {lists && (
        <>
          <h3 className="govuk-heading-m">What {council.name} maintains</h3>
          {lists.maintains.length === 0 ? (
            <p className="govuk-body">
              {council.name} does not maintain any components on LGX yet.
            </p>
          ) : (
            <ComponentList components={lists.maintains} />
          )}
          <h3 className="govuk-heading-m">What {council.name} uses</h3>
          {lists.uses.length === 0 ? (
            <p className="govuk-body">{council.name} has not recorded using any components yet.</p>
          ) : (
            <ComponentList components={lists.uses} />
          )}
        </>
      )}
    </section>
  );
}
