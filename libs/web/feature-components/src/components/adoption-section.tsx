import { type ComponentQuery, isOfficer, useViewer } from '@lgx/web/data-access';
import { signInPath, useHere } from '@lgx/web/util';
import { Link } from 'react-router';

import { AdoptingCouncilsTable } from './adopting-councils-table';
import { AdoptionMap } from './adoption-map';
import { AskTheAdopters } from './ask-the-adopters';
import { WeUseThis } from './we-use-this';

type Component = NonNullable<ComponentQuery['component']>;

/** Who uses the component, by status, as recorded by each council's own officers. */
export function AdoptionSection({ component }: { component: Component }) {
  const viewer = useViewer().data?.viewer;
  const here = useHere();
  const counts = component.adoptionCounts;
  const officer = isOfficer(viewer);
  return (
    <section aria-labelledby="adoption-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="adoption-heading">
        Councils using it
      </h2>
      <ul className="govuk-list lgx-adoption-counts" aria-label="Councils by status">
        <li>
          <strong className="govuk-!-font-size-36">{counts.inUse}</strong> in use
        </li>
        <li>
          <strong className="govuk-!-font-size-36">{counts.evaluating}</strong> evaluating
        </li>
        <li>
          <strong className="govuk-!-font-size-36">{counts.stopped}</strong> stopped using
        </li>
      </ul>
      <AdoptionMap adoptions={component.adoptions} />
      <AdoptingCouncilsTable adoptions={component.adoptions} showNotes={officer} />
      {component.status === 'PUBLISHED' && viewer?.council && component.adopterContacts > 0 && (
        <AskTheAdopters component={component} />
      )}
      {component.status !== 'PUBLISHED' ? (
        <p className="govuk-body">Councils can record using it once it is published.</p>
      ) : viewer?.council ? (
        <WeUseThis component={component} council={viewer.council} />
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to={signInPath(here)}>
            Sign in
          </Link>{' '}
          as a council officer to record that your council uses it.
        </p>
      )}
    </section>
  );
}
