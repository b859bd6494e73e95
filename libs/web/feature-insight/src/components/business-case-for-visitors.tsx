import { ForVisitors } from '@lgx/web/ui';
import { routerLink, signInPath, useHere } from '@lgx/web/util';

/** What a visitor sees at /business-case: what it is, and the way in. */
export function BusinessCaseForVisitors() {
  const here = useHere();
  return (
    <ForVisitors
      title="Our business case"
      lede="Start a business case from what comparable councils published: their figures scaled to your council, with the spread, laid out as the Five Case Model."
      signInHref={signInPath(here)}
      renderLink={routerLink}
      whoMayUse={
        <p className="govuk-body">
          Council officers, signed in with their council email address: the figures are scaled to
          your council&apos;s population.
        </p>
      }
    >
      <p className="govuk-body">A business case from peers gives you:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>the comparable published case studies, each figure linked to its source</li>
        <li>the lowest, median and highest of each figure, never one made-up number</li>
        <li>net present value, benefit-cost ratio and payback by the Green Book method</li>
        <li>a Word or Markdown document to edit</li>
      </ul>
    </ForVisitors>
  );
}
