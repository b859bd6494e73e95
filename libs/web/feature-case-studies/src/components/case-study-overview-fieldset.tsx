import { CASE_STUDY_STAGES } from '@lgx/shared/domain';
import { ConditionalRadios, Textarea, TextInput } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

const STAGE_HINTS: Record<string, string> = {
  IDEA: 'Thought through, not started',
  DISCOVERY: 'Finding out what people need and what could work',
  PILOT: 'Trying it with some users or in one service',
  LIVE: 'In use',
  SCALED: 'In use across the council, or by other councils too',
  STOPPED: 'It stopped, before or after going live',
};

/** Title, summary and stage; a stopped project also says why it stopped. */
export function CaseStudyOverviewFieldset({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <TextInput
        id={IDS.title}
        label="Title"
        labelClassName="govuk-label--m"
        hint="What the council did, in a few words, like “AI drafts adult social care assessments”. 150 characters or fewer."
        defaultValue={defaults.title}
        error={error('title')}
      />
      <Textarea
        id={IDS.summary}
        label="Summary"
        labelClassName="govuk-label--m"
        hint="One or two sentences: what was done and the difference it made. Search results show it. 300 characters or fewer."
        rows={3}
        defaultValue={defaults.summary}
        error={error('summary')}
      />
      <ConditionalRadios
        id={IDS.stage}
        name={IDS.stage}
        legend={<h2 className="govuk-fieldset__heading">What stage is it at?</h2>}
        error={error('stage')}
        defaultValue={defaults.stage}
        items={Object.entries(CASE_STUDY_STAGES).map(([value, label]) => ({
          value,
          label,
          hint: STAGE_HINTS[value],
          conditional:
            value === 'STOPPED' ? (
              <Textarea
                id={IDS.stoppedReason}
                label="Why did it stop?"
                hint="What others can learn from a project that stopped is often the most useful part."
                rows={4}
                defaultValue={defaults.stoppedReason}
                error={error('stoppedReason')}
              />
            ) : undefined,
        }))}
      />
    </>
  );
}
