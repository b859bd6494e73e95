import type { COMPONENT_FIELD_IDS, ComponentFormDefaults } from '../model/component-form-values';

/** What every part of the component form is given. */
export interface ComponentFieldsetProps {
  defaults: ComponentFormDefaults;
  /** The error message for a field, if it has one. */
  error: (field: keyof typeof COMPONENT_FIELD_IDS) => string | undefined;
}
