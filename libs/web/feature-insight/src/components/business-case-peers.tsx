import type { BusinessCaseQuery } from '@lgx/web/data-access';
import { Table } from '@lgx/web/ui';

import { SourceLinks } from './source-links';

type BusinessCase = BusinessCaseQuery['businessCase'];

const PEER_COLUMNS = [
  'Case study',
  'Council (population)',
  'Scale',
  'Basis',
  'Investment',
  'Running cost a year',
  'Cashable saving a year',
  'Period',
  'NPV after optimism bias',
].map((label) => ({ label }));

/** The comparable case studies, each scaled to our council. */
export function BusinessCasePeers({ peers }: Pick<BusinessCase, 'peers'>) {
  return (
    <Table
      caption={`The comparable case studies (${peers.length})`}
      columns={PEER_COLUMNS}
      rowHeaders
      rows={peers.map((peer) => ({
        key: peer.source.caseStudyId,
        cells: [
          <SourceLinks sources={[peer.source]} />,
          `${peer.councilName} (${peer.councilPopulation?.toLocaleString('en-GB') ?? 'not known'})`,
          peer.scale,
          peer.figuresBasis,
          peer.investment.formatted,
          peer.runningCostPerYear.formatted,
          peer.cashableSavingsPerYear.formatted,
          peer.period,
          peer.netPresentValue.formatted,
        ],
      }))}
    />
  );
}

/** Comparable case studies that could not be used, each with why. */
export function BusinessCaseLeftOut({ leftOut }: Pick<BusinessCase, 'leftOut'>) {
  if (leftOut.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Comparable case studies left out</h2>
      <ul className="govuk-list govuk-list--bullet">
        {leftOut.map((left) => (
          <li key={left.source.caseStudyId}>
            <SourceLinks sources={[left.source]} />: {left.reason}.
          </li>
        ))}
      </ul>
    </>
  );
}
