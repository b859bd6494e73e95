import type { ProcurementGroupQuery } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';

type Demand = ProcurementGroupQuery['procurementGroup']['demand'];

const WITHHELD = 'Not shown: fewer than 3 councils';
const MEMBERS_ONLY = 'Shown to member councils only';

const count = (n: number | null, word: string) =>
  n === null ? WITHHELD : `${n.toLocaleString('en-GB')} ${n === 1 ? word : `${word}s`}`;

const residents = (n: number | null) =>
  n === null ? WITHHELD : `${n.toLocaleString('en-GB')} residents`;

/**
 * The group's pooled demand, worked out live from its members. Councils
 * outside the group see counts only when they rest on at least 3 councils,
 * and never the committed value or the residents of committed councils.
 */
export function DemandSummary({ demand }: { demand: Demand }) {
  return (
    <section aria-labelledby="demand-heading">
      <h2 className="govuk-heading-m" id="demand-heading">
        Demand
      </h2>
      {demand.withheldReason && <p className="govuk-body">{demand.withheldReason}</p>}
      <SummaryList
        rows={[
          { key: 'Councils committed', value: count(demand.committedCount, 'council') },
          { key: 'Councils interested', value: count(demand.interestedCount, 'council') },
          { key: 'Committed value', value: demand.committedValue?.formatted ?? MEMBERS_ONLY },
          {
            key: 'Population covered',
            value:
              residents(demand.populationCovered) +
              (demand.committedPopulation === null
                ? ''
                : ` (${residents(demand.committedPopulation)} in committed councils)`),
          },
          {
            key: 'Regions',
            value:
              demand.regions === null
                ? WITHHELD
                : demand.regions.length
                  ? demand.regions.join(', ')
                  : 'None yet',
          },
          {
            key: 'Minimum met',
            value:
              demand.minimumCouncils === null
                ? 'No minimum stated'
                : demand.minimumMet === null
                  ? `${WITHHELD} (${demand.minimumCouncils} councils need to commit)`
                  : demand.minimumMet
                    ? `Yes: at least ${demand.minimumCouncils} councils have committed`
                    : `Not yet: ${demand.minimumCouncils} councils need to commit`,
          },
        ]}
      />
    </section>
  );
}
