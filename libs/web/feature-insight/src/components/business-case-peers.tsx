import type { BusinessCaseQuery } from '@lgx/web/data-access';

import { SourceLinks } from './source-links';

type BusinessCase = BusinessCaseQuery['businessCase'];

/** The comparable case studies, each scaled to our council. */
export function BusinessCasePeers({ peers }: Pick<BusinessCase, 'peers'>) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        The comparable case studies ({peers.length})
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {[
            'Case study',
            'Council (population)',
            'Scale',
            'Basis',
            'Investment',
            'Running cost a year',
            'Cashable saving a year',
            'Period',
            'NPV after optimism bias',
          ].map((heading) => (
            <th key={heading} scope="col" className="govuk-table__header">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {peers.map((peer) => (
          <tr key={peer.source.caseStudyId} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <SourceLinks sources={[peer.source]} />
            </th>
            <td className="govuk-table__cell">
              {peer.councilName} ({peer.councilPopulation?.toLocaleString('en-GB') ?? 'not known'})
            </td>
            <td className="govuk-table__cell">{peer.scale}</td>
            <td className="govuk-table__cell">{peer.figuresBasis}</td>
            <td className="govuk-table__cell">{peer.investment.formatted}</td>
            <td className="govuk-table__cell">{peer.runningCostPerYear.formatted}</td>
            <td className="govuk-table__cell">{peer.cashableSavingsPerYear.formatted}</td>
            <td className="govuk-table__cell">{peer.period}</td>
            <td className="govuk-table__cell">{peer.netPresentValue.formatted}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
