import {
  SupplierPageDocument,
  type SupplierPageQuery,
  useFollow,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { FollowButton, Loading, SummaryList, Table, Tag, usePageTitle } from '@lgx/web/ui';
import { Link, useParams } from 'react-router';

import { ModeratorTools } from '../components/moderator-tools';
import { isModerator, OfficerGate, QueryProblem } from '../components/officer-gate';
import { SupplierContracts } from '../components/supplier-contracts';
import { SupplierForVisitors } from '../components/supplier-for-visitors';
import { formatDate, outOfFive } from '../model/format';

/**
 * A supplier: its details, what councils rate it, their experiences and its
 * public contracts. A visitor sees only the public contracts.
 */
export function SupplierPage() {
  return (
    <OfficerGate forVisitors={<SupplierForVisitors />}>
      {(viewer) => <SupplierDetails moderator={isModerator(viewer)} />}
    </OfficerGate>
  );
}

function SupplierDetails({ moderator }: { moderator: boolean }) {
  const { id = '' } = useParams();
  const { data, error } = useGraphQLQuery(SupplierPageDocument, { id });
  const follow = useFollow({ kind: 'SUPPLIER', targetId: id });
  usePageTitle(data?.supplier.name ?? 'Supplier');
  if (error) return <QueryProblem error={error} what="Supplier" />;
  if (!data) return <Loading label="Loading the supplier" />;
  const { supplier, supplierRatings: ratings, supplierExperiences: experiences } = data;
  return (
    <>
      <span className="govuk-caption-l">Supplier</span>
      <h1 className="govuk-heading-xl">{supplier.name}</h1>
      <FollowButton name={supplier.name} {...follow} />
      {!supplier.verified && (
        <p className="govuk-body">
          <Tag colour="grey">Unverified</Tag> LGX made this entry from a public contract notice; no
          moderator has checked it yet.
        </p>
      )}
      <SummaryList
        rows={[
          { key: 'Companies House number', value: supplier.companyNumber ?? 'Not given' },
          {
            key: 'Website',
            value: supplier.website ? (
              <a className="govuk-link" href={supplier.website} rel="noreferrer noopener">
                {supplier.website}
              </a>
            ) : (
              'Not given'
            ),
          },
          { key: 'Products or services', value: supplier.productsAndServices || 'Not given' },
          {
            key: 'Categories',
            value:
              supplier.categories.length === 0
                ? 'None given'
                : supplier.categories.map((c) => `${c.label} (${c.code})`).join('; '),
          },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-button" to={`/supplier-experiences/new?supplier=${supplier.id}`}>
          Write about {supplier.name}
        </Link>
      </p>
      <h2 className="govuk-heading-l">What councils rate it</h2>
      <Ratings ratings={ratings} />
      <h2 className="govuk-heading-l">Experiences ({experiences.totalCount})</h2>
      {experiences.totalCount === 0 ? (
        <p className="govuk-body">No published experiences yet.</p>
      ) : (
        <ul className="govuk-list">
          {experiences.edges.map(({ node }) => (
            <li key={node.id} className="govuk-!-margin-bottom-4">
              <Link
                className="govuk-link govuk-!-font-weight-bold"
                to={`/supplier-experiences/${node.id}`}
              >
                {node.product}
              </Link>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {node.attributedTo}; {node.category.label}; contract ends{' '}
                {formatDate(node.contractEnd)};{' '}
                {node.wouldBuyAgain ? 'would buy again' : 'would not buy again'}
              </p>
            </li>
          ))}
        </ul>
      )}
      <SupplierContracts supplierId={supplier.id} />
      {moderator && <ModeratorTools supplier={supplier} />}
    </>
  );
}

function Ratings({ ratings }: { ratings: SupplierPageQuery['supplierRatings'] }) {
  if (!ratings.enoughExperiences)
    return (
      <p className="govuk-body">
        Not enough experiences yet. Ratings are shown once at least 3 councils have shared theirs,
        so that no single council’s ratings can be picked out.
      </p>
    );
  return (
    <>
      <p className="govuk-body">
        From {ratings.experienceCount} published experiences of at least {ratings.councilCount}{' '}
        councils; {ratings.wouldBuyAgain} would buy again.
      </p>
      <Table
        caption="Average ratings, 1 (poor) to 5 (excellent)"
        columns={[
          { label: 'Dimension' },
          { label: 'Average', numeric: true },
          { label: 'Ratings', numeric: true },
          { label: 'How many gave 1, 2, 3, 4, 5' },
        ]}
        rows={ratings.dimensions.map((dimension) => ({
          key: dimension.dimension,
          cells: [
            dimension.label,
            outOfFive(dimension.average),
            dimension.count,
            dimension.distribution.map((n, i) => `${i + 1}: ${n}`).join(', '),
          ],
        }))}
      />
    </>
  );
}
