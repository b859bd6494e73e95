import { ForVisitors } from '@lgx/web/ui';
import { routerLink, signInPath, useHere } from '@lgx/web/util';

/** What a visitor sees at /suppliers: what the directory is, who may read it, and the way in. */
export function SuppliersForVisitors() {
  const here = useHere();
  return (
    <ForVisitors
      title="Suppliers"
      lede="What councils bought, from whom, and how it went: a supplier directory with experiences written by council officers for other councils."
      signInHref={signInPath(here)}
      renderLink={routerLink}
      whoMayUse={
        <p className="govuk-body">
          Verified council officers only, signed in with their council email address. Councils write
          frankly about suppliers because only other councils can read it: suppliers and the public
          cannot.
        </p>
      }
    >
      <p className="govuk-body">For each supplier you can see:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>which councils bought from it, what, and through which route to market</li>
        <li>ratings for delivery, value, support and whether they would buy again</li>
        <li>when those contracts end, to plan a renewal or a joint procurement</li>
      </ul>
      <p className="govuk-body">
        A council can share an experience anonymously: it is then described only as a kind of
        council, never by name.
      </p>
    </ForVisitors>
  );
}
