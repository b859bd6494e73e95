import { ADOPTION_STATUSES } from '@lgx/shared/domain';
import type { AdoptionDetailsFragment } from '@lgx/web/data-access';
import { DateInput, type FormErrors, Radios, Select, Textarea } from '@lgx/web/ui';
import { datePartsOf } from '@lgx/web/util';

import { ADOPTION_FIELD_IDS as IDS, type AdoptionDateParts } from '../model/adoption-form-values';

interface AdoptionFieldsProps {
  councilName: string;
  /** The council's record so far, which fills the fields. */
  mine: AdoptionDetailsFragment | null | undefined;
  /** The council's published case studies, one of which may be about this use. */
  studies: readonly { id: string; title: string }[];
  errors: FormErrors & { dateParts: AdoptionDateParts };
}

/** "Officers of other councils may email me": the offer to answer questions about it. */
function ContactOptIn({ checked }: { checked: boolean }) {
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={IDS.contactOptIn}
            name={IDS.contactOptIn}
            type="checkbox"
            value="yes"
            defaultChecked={checked}
            aria-describedby={`${IDS.contactOptIn}-hint`}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={IDS.contactOptIn}>
            Officers of other councils may email me questions about it
          </label>
          <div className="govuk-hint govuk-checkboxes__hint" id={`${IDS.contactOptIn}-hint`}>
            LGX sends you their question with their email address. Yours is not shown to them.
          </div>
        </div>
      </div>
    </div>
  );
}

/** How a council uses a component: status, dates, a note, its case study and the contact offer. */
export function AdoptionFields({ councilName, mine, studies, errors }: AdoptionFieldsProps) {
  return (
    <>
      <Radios
        id={IDS.status}
        name={IDS.status}
        legend={`How does ${councilName} use it?`}
        hint="Only officers of your council can record this, so other councils can trust it."
        error={errors.byField[IDS.status]}
        defaultValue={mine?.status}
        items={Object.entries(ADOPTION_STATUSES).map(([value, label]) => ({ value, label }))}
      />
      <DateInput
        id={IDS.startedOn}
        legend="When did you start? (optional)"
        hint="For example, 1 4 2024"
        defaultValue={datePartsOf(mine?.startedOn)}
        error={errors.byField[IDS.startedOn]}
        errorParts={errors.dateParts.startedOn}
      />
      <DateInput
        id={IDS.stoppedOn}
        legend="When did you stop? (optional, if you stopped using it)"
        hint="For example, 31 1 2025"
        defaultValue={datePartsOf(mine?.stoppedOn)}
        error={errors.byField[IDS.stoppedOn]}
        errorParts={errors.dateParts.stoppedOn}
      />
      <Textarea
        id={IDS.note}
        label="Note for other officers (optional)"
        hint="What you use it for, or why you stopped. Only signed-in officers see notes."
        rows={3}
        defaultValue={mine?.note ?? ''}
        error={errors.byField[IDS.note]}
      />
      {studies.length > 0 && (
        <Select
          id={IDS.caseStudyId}
          name={IDS.caseStudyId}
          label="Your case study about it (optional)"
          defaultValue={mine?.caseStudyId ?? ''}
          error={errors.byField[IDS.caseStudyId]}
          options={[
            { value: '', label: 'None' },
            ...studies.map((study) => ({ value: study.id, label: study.title })),
          ]}
        />
      )}
      <ContactOptIn checked={mine?.contactOptIn ?? false} />
    </>
  );
}
