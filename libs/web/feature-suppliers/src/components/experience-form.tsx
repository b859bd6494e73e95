import type { ExperienceDetailsFragment } from '@lgx/web/data-access';
import { autocompleteText, type DatePart, type FormErrors, FormShell, Loading } from '@lgx/web/ui';
import { type ReactNode, useEffect, useRef } from 'react';

import { useFormDraft } from '../hooks/use-form-draft';
import { usePreselectedSupplier } from '../hooks/use-preselected-supplier';
import { type ExperienceFormName, experienceFormName } from '../model/add-supplier-return';
import {
  EXPERIENCE_FIELD_IDS as IDS,
  type ReadExperience,
  readExperienceForm,
} from '../model/experience-form-values';
import { draftValue } from '../model/form-draft';
import { AddSupplierLink } from './add-supplier-link';
import { ExperienceAttributionFieldset } from './experience-attribution-fieldset';
import { ExperienceContractFieldset } from './experience-contract-fieldset';
import { ExperiencePurchaseFieldset } from './experience-purchase-fieldset';
import { ExperienceReviewFieldset } from './experience-review-fieldset';

interface ExperienceFormProps {
  /** Which form this is: a new experience, or the one being changed. */
  form: ExperienceFormName;
  councilName: string;
  /** An experience being changed; a new one starts empty. */
  experience?: ExperienceDetailsFragment;
  /** A supplier chosen on its page, or just added. */
  supplierId?: string;
  errors: FormErrors;
  /** For a date with an error, the boxes to mark, by input id. */
  dateParts?: Readonly<Record<string, readonly DatePart[]>>;
  busy: boolean;
  submitLabel: string;
  /** The form as read, with every problem it found; it is sent only without problems. */
  onSubmit: (read: ReadExperience) => void;
  children?: ReactNode;
}

/**
 * Every question of a supplier experience on one page, with the error summary
 * at the top. What was typed is kept while the person adds a supplier, and
 * put back when they come back.
 */
export function ExperienceForm({
  form,
  councilName,
  experience,
  supplierId,
  errors,
  dateParts,
  busy,
  submitLabel,
  onSubmit,
  children,
}: ExperienceFormProps) {
  const { loading, supplier } = usePreselectedSupplier(experience, supplierId);
  const draft = useFormDraft(experienceFormName(form));
  const wrapper = useRef<HTMLDivElement>(null);
  const restored = useRef(false);
  // Once the form is drawn, what was kept of it goes back in, once.
  useEffect(() => {
    const element = wrapper.current?.querySelector('form');
    if (loading || !element || restored.current) return;
    restored.current = true;
    draft.restore(element);
  });
  if (loading) return <Loading label="Loading the supplier" />;
  const parts = { experience, dateParts, error: (field: string) => errors.byField[IDS[field]!] };
  const submit = (element: HTMLFormElement) => {
    const read = readExperienceForm(new FormData(element), autocompleteText(element, 'cpvCode'));
    if (read.problems.length === 0) draft.clear();
    onSubmit(read);
  };
  return (
    <div className="govuk-grid-row" ref={wrapper}>
      <div className="govuk-grid-column-two-thirds">
        <FormShell
          errors={errors.summary}
          intro={children}
          onSubmit={submit}
          busy={busy}
          submitLabel={submitLabel}
        >
          <ExperiencePurchaseFieldset
            {...parts}
            supplier={supplier}
            category={draftValue(draft.draft, 'cpvCode')}
            addSupplier={<AddSupplierLink form={form} save={draft.save} />}
          />
          <ExperienceContractFieldset {...parts} />
          <ExperienceReviewFieldset {...parts} />
          <ExperienceAttributionFieldset {...parts} councilName={councilName} />
        </FormShell>
      </div>
    </div>
  );
}
