import type { ExperienceDetailsFragment } from '@lgx/web/data-access';
import type { DatePart } from '@lgx/web/ui';

/** What every part of the supplier experience form is given. */
export interface ExperienceFieldsetProps {
  /** An experience being changed; a new one starts empty. */
  experience?: ExperienceDetailsFragment;
  /** The error message for a field (by the API's name), if it has one. */
  error: (field: string) => string | undefined;
  /** For a date with an error, the boxes to mark, by input id. */
  dateParts?: Readonly<Record<string, readonly DatePart[]>>;
}
