import type { ExperienceDetailsFragment } from '@lgx/web/data-access';

/** What every part of the supplier experience form is given. */
export interface ExperienceFieldsetProps {
  /** An experience being changed; a new one starts empty. */
  experience?: ExperienceDetailsFragment;
  /** The error message for a field (by the API's name), if it has one. */
  error: (field: string) => string | undefined;
}
