import type { ProcurementGroupInput } from '@lgx/web/data-access';
import type { DatePart } from '@lgx/web/ui';

/** What every part of the group form is given. */
export interface GroupFieldsetProps {
  /** Error messages by input id. */
  errors: Record<string, string | undefined>;
  /** For a date with an error, the boxes to mark, by input id (all of them unless told). */
  dateParts?: Readonly<Record<string, readonly DatePart[]>>;
  defaults: ProcurementGroupInput;
}
