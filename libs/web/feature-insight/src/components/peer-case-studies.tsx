import { Link } from 'react-router';

import { objectiveLabel, technologyLabel } from '../model/sector-map-view';

interface PeerLiveCaseStudy {
  objective: string;
  technology: string;
  caseStudyId: string;
  title: string;
  councilName: string;
}

/** The published case studies that peers' published maps mark live, by cell. */
export function PeerCaseStudies({
  caseStudies,
  held,
}: {
  caseStudies: PeerLiveCaseStudy[];
  held: boolean;
}) {
  if (caseStudies.length === 0)
    return (
      <p className="govuk-body">
        {held
          ? 'None can be listed until there is a group of similar councils to compare with.'
          : 'No similar council has published a map that marks a cell live with one of its case studies yet.'}
      </p>
    );
  return (
    <ul className="govuk-list govuk-list--spaced">
      {caseStudies.map((item) => (
        <li key={`${item.objective} ${item.technology} ${item.caseStudyId}`}>
          <Link className="govuk-link" to={`/case-studies/${item.caseStudyId}`}>
            {item.title}
          </Link>
          <br />
          <span className="govuk-body-s">
            {item.councilName}: live for {objectiveLabel(item.objective)},{' '}
            {technologyLabel(item.technology)}
          </span>
        </li>
      ))}
    </ul>
  );
}
