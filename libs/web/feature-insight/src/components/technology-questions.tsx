import { AMBITION_READINESS_QUESTION, TECHNOLOGIES, type Technology } from '@lgx/shared/domain';
import type { AmbitionMapPartsFragment } from '@lgx/web/data-access';
import { Checkboxes, Radios } from '@lgx/web/ui';

import { cellId, cellName, type CellPart, evidenceValue } from '../model/ambition-form';
import {
  BARRIER_ITEMS,
  PLAN_ITEMS,
  POTENTIAL_ITEMS,
  READINESS_ITEMS,
} from '../model/ambition-labels';
import { EvidenceChooser } from './evidence-chooser';

type Cell = AmbitionMapPartsFragment['objectives'][number]['cells'][number];

interface TechnologyQuestionsProps {
  objective: string;
  technology: Technology;
  cell: Cell | undefined;
  evidenceOptions: readonly { kind: string; id: string | number; title: string }[];
  /** Inline messages by input id. */
  errors: Readonly<Record<string, string | undefined>>;
}

/**
 * The questions for one technology under an objective: a heading, then one
 * small fieldset per question, stacked so nothing is wider than a phone.
 */
export function TechnologyQuestions({
  objective,
  technology,
  cell,
  evidenceOptions,
  errors,
}: TechnologyQuestionsProps) {
  const label = TECHNOLOGIES[technology];
  const headingId = `${objective}-${technology}-heading`;
  const id = (part: CellPart) => cellId(objective, technology, part);
  const legend = (question: string) => (
    <>
      {question}
      <span className="govuk-visually-hidden"> ({label})</span>
    </>
  );
  const small = { small: true, legendClassName: 'govuk-fieldset__legend--s' } as const;
  return (
    <div role="group" aria-labelledby={headingId} className="lgx-ambition-technology">
      <h3 className="govuk-heading-s" id={headingId}>
        {label}
      </h3>
      <Radios
        id={id('potential')}
        name={cellName(technology, 'potential')}
        legend={legend('Potential you see')}
        items={POTENTIAL_ITEMS}
        defaultValue={cell?.potential ?? undefined}
        error={errors[id('potential')]}
        inline
        {...small}
      />
      <Radios
        id={id('plan')}
        name={cellName(technology, 'plan')}
        legend={legend('Your plan')}
        hint="Piloting and live need evidence."
        items={PLAN_ITEMS}
        defaultValue={cell?.plan ?? undefined}
        error={errors[id('plan')]}
        {...small}
      />
      <EvidenceChooser
        id={id('evidence')}
        name={cellName(technology, 'evidence')}
        technologyLabel={label}
        value={cell?.evidence ? evidenceValue(cell.evidence) : ''}
        options={evidenceOptions}
        error={errors[id('evidence')]}
      />
      <Checkboxes
        id={id('barriers')}
        name={cellName(technology, 'barriers')}
        legend={legend('What holds you back')}
        hint="Select all that apply."
        items={BARRIER_ITEMS}
        defaultValues={cell?.barriers ?? []}
        error={errors[id('barriers')]}
        legendClassName="govuk-fieldset__legend--s"
        small
      />
      <Radios
        id={id('readiness')}
        name={cellName(technology, 'readiness')}
        legend={legend(AMBITION_READINESS_QUESTION)}
        items={READINESS_ITEMS}
        defaultValue={cell?.readiness ?? undefined}
        error={errors[id('readiness')]}
        inline
        {...small}
      />
    </div>
  );
}
