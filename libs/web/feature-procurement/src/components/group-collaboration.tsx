import type { ProcurementGroupQuery } from '@lgx/web/data-access';

import { Workspace } from './workspace';

type Group = ProcurementGroupQuery['procurementGroup'];

/** The OCDS export of a group, for its members. */
function GroupExport({ groupId }: { groupId: string }) {
  return (
    <section aria-labelledby="export-heading">
      <h2 className="govuk-heading-m" id="export-heading">
        Export
      </h2>
      <p className="govuk-body">
        The group’s planning information as an Open Contracting Data Standard 1.1 release package,
        for procurement systems and notices.
      </p>
      <a
        className="govuk-button govuk-button--secondary"
        href={`/procurement-exports/${groupId}/ocds.json`}
        download
      >
        Download as OCDS (JSON)
      </a>
    </section>
  );
}

/** Discussion, documents and export: the workspace for members, a word why not for others. */
export function GroupCollaboration({ group }: { group: Group }) {
  if (group.isSample)
    return (
      <section aria-labelledby="discussion-heading">
        <h2 className="govuk-heading-m" id="discussion-heading">
          Discussion, documents and export
        </h2>
        <p className="govuk-body">
          This group is sample content, written for LGX from its public source. The councils did not
          run it on LGX, so it has no discussion, documents or OCDS export here.
        </p>
      </section>
    );
  if (group.viewer.isMember)
    return (
      <>
        <Workspace groupId={group.id} />
        <GroupExport groupId={group.id} />
      </>
    );
  return (
    <section aria-labelledby="discussion-heading">
      <h2 className="govuk-heading-m" id="discussion-heading">
        Discussion and documents
      </h2>
      <p className="govuk-body">
        The discussion and documents are for member councils only. Join the group to take part.
      </p>
    </section>
  );
}
