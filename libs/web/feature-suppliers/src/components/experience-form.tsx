import type { ExperienceDetailsFragment, SupplierExperienceInput } from '@lgx/web/data-access';
import { type FormErrors, FormShell, Loading } from '@lgx/web/ui';
import type { ReactNode } from 'react';

import { usePreselectedSupplier } from '../hooks/use-preselected-supplier';
import {
  EXPERIENCE_FIELD_IDS as IDS,
  readExperienceForm,
  type ReadProblem,
} from '../model/experience-form-values';
import { ExperienceAttributionFieldset } from './experience-attribution-fieldset';
import { ExperienceContractFieldset } from './experience-contract-fieldset';
import { ExperiencePurchaseFieldset } from './experience-purchase-fieldset';
import { ExperienceReviewFieldset } from './experience-review-fieldset';

interface ExperienceFormProps {
  councilName: string;
  /** An experience being changed; a new one starts empty. */
  experience?: ExperienceDetailsFragment;
  supplierId?: string;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  onSubmit: (read: { input: SupplierExperienceInput; problems: ReadProblem[] }) => void;
  children?: ReactNode;
}

/** Every question of a supplier experience on one page, with the error summary at the top. */
export function ExperienceForm({
  councilName,
  experience,
  supplierId,
  errors,
  busy,
  submitLabel,
  onSubmit,
  children,
}: ExperienceFormProps) {
  // A supplier chosen on its page comes preselected.
  const { loading, supplier } = usePreselectedSupplier(experience, supplierId);
  if (loading) return <Loading label="Loading the supplier" />;
  const parts = { experience, error: (field: string) => errors.byField[IDS[field]!] };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormShell
          errors={errors.summary}
          intro={children}
          onSubmit={(form) => onSubmit(readExperienceForm(new FormData(form)))}
          busy={busy}
          submitLabel={submitLabel}
        >
          <ExperiencePurchaseFieldset {...parts} supplier={supplier} />
          <ExperienceContractFieldset {...parts} />
          <ExperienceReviewFieldset {...parts} />
          <ExperienceAttributionFieldset {...parts} councilName={councilName} />
        </FormShell>
      </div>
    </div>
  );
}
