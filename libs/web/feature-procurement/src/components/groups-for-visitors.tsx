import { ForVisitors } from '@lgx/web/ui';
import { routerLink, signInPath, useHere } from '@lgx/web/util';

/** What a visitor sees at /procurement-groups: what groups are, who may join, and the way in. */
export function GroupsForVisitors() {
  const here = useHere();
  return (
    <ForVisitors
      title="Procurement groups"
      lede="Councils with the same need find each other here, pool their demand and take a joint bid to market."
      signInHref={signInPath(here)}
      renderLink={routerLink}
      whoMayUse={
        <>
          <p className="govuk-body">
            Council officers, signed in with their council email address. Groups discuss what their
            councils plan to buy and how much they might commit, so only councils see them.
          </p>
          <p className="govuk-body">
            Any officer can follow a group and say their council is interested; a council editor
            commits their council and can start a group.
          </p>
        </>
      }
    >
      <p className="govuk-body">In a group, councils:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>see which other councils need the same thing, and when their contracts end</li>
        <li>say how much they might buy, so a supplier sees the size of the joint demand</li>
        <li>share specifications and documents, and agree the route to market</li>
        <li>follow the group from interest to a joint bid and a contract</li>
      </ul>
    </ForVisitors>
  );
}
