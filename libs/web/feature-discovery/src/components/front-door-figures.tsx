import type { FrontDoorFiguresQuery } from '@lgx/web/data-access';
import { Details } from '@lgx/web/ui';

type Figures = FrontDoorFiguresQuery['frontDoor']['figures'];

const count = (value: number) => value.toLocaleString('en-GB');
const plural = (value: number, one: string, many: string) =>
  `${count(value)} ${value === 1 ? one : many}`;

/** What LGX holds, in four numbers, with what each one counts. */
export function FrontDoorFigures({ figures }: { figures: Figures }) {
  const items = [
    plural(figures.councilsTakingPart, 'council taking part', 'councils taking part'),
    plural(figures.caseStudies, 'published case study', 'published case studies'),
    plural(figures.components, 'published component', 'published components'),
    plural(figures.contracts, 'public contract', 'public contracts'),
  ];
  return (
    <section aria-labelledby="front-door-figures">
      <h2 className="govuk-heading-m" id="front-door-figures">
        What LGX holds
      </h2>
      <ul className="govuk-list govuk-list--bullet govuk-body-l" data-testid="front-door-figures">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <Details summary="What these numbers count">
        <p className="govuk-body">
          A council takes part when at least one of its officers has an active account on LGX, or it
          leads, co-authors or maintains a published case study or component. A council only named
          as the buyer of a public contract is not counted.
        </p>
        <p className="govuk-body">
          Only what anyone can see is counted: drafts, case studies in review and what is shared
          only with officers or within a procurement group are not. Public contracts come from
          notices published on Find a Tender and Contracts Finder.
        </p>
      </Details>
    </section>
  );
}
