import type { ProcurementGroupInput } from '@lgx/web/data-access';

/** What every part of the group form is given. */
export interface GroupFieldsetProps {
  /** Error messages by input id. */
  errors: Record<string, string | undefined>;
  defaults: ProcurementGroupInput;
}
