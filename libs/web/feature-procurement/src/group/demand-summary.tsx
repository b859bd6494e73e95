import type { ProcurementGroupQuery } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';

type Demand = ProcurementGroupQuery['procurementGroup']['demand'];

const count = (n: number, word: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? word : `${word}s`}`;

/** The group's pooled demand, worked out live from its members. */
export function DemandSummary({ demand }: { demand: Demand }) {
  return (
    <section aria-labelledby="demand-heading">
      <h2 className="govuk-heading-m" id="demand-heading">
        Demand
      </h2>
      <SummaryList
        rows={[
          { key: 'Councils committed', value: count(demand.committedCount, 'council') },
          { key: 'Councils interested', value: count(demand.interestedCount, 'council') },
          { key: 'Committed value', value: demand.committedValue.formatted },
          {
            key: 'Population covered',
            value: `${demand.populationCovered.toLocaleString('en-GB')} residents (${demand.committedPopulation.toLocaleString('en-GB')} in committed councils)`,
          },
          { key: 'Regions', value: demand.regions.length ? demand.regions.join(', ') : 'None yet' },
          {
            key: 'Minimum met',
            value:
              demand.minimumMet === null || demand.minimumCouncils === null
                ? 'No minimum stated'
                : demand.minimumMet
                  ? `Yes: at least ${demand.minimumCouncils} councils have committed`
                  : `Not yet: ${demand.minimumCouncils} councils need to commit`,
          },
        ]}
      />
    </section>
  );
}
