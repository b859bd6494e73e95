import type { ProcurementGroupInput } from '@lgx/web/data-access';
import type { DatePart } from '@lgx/web/ui';

import { NEW_GROUP } from '../model/group-form-values';
import { GroupContractFieldset } from './group-contract-fieldset';
import { GroupMembershipFieldset } from './group-membership-fieldset';
import { GroupWordingFieldset } from './group-wording-fieldset';

/**
 * The fields of a group, for starting one and for changing it. With
 * `wordingOnly` (a group that has gone to tender) only the title and need.
 */
export function GroupFormFields({
  errors,
  dateParts,
  defaults = NEW_GROUP,
  wordingOnly = false,
}: {
  /** Error messages by input id. */
  errors: Record<string, string | undefined>;
  /** For a date with an error, the boxes to mark, by input id. */
  dateParts?: Readonly<Record<string, readonly DatePart[]>>;
  defaults?: ProcurementGroupInput;
  wordingOnly?: boolean;
}) {
  return (
    <>
      <GroupWordingFieldset errors={errors} defaults={defaults} />
      {!wordingOnly && (
        <>
          <GroupContractFieldset errors={errors} dateParts={dateParts} defaults={defaults} />
          <GroupMembershipFieldset errors={errors} dateParts={dateParts} defaults={defaults} />
        </>
      )}
    </>
  );
}
