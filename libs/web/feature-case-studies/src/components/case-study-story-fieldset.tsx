import { Details, Textarea } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

const MARKDOWN_HINT =
  'You can format the text: start a line with ## for a heading or * for a list, and write links as [text](https://…).';

/** What happened, under the headings of the LGA’s case study template. */
export function CaseStudyStoryFieldset({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <h2 className="govuk-heading-l">What happened</h2>
      <p className="govuk-body">
        The headings follow the Local Government Association’s case study template. Leave out any
        that do not apply.
      </p>
      <Details summary="How to format the text">
        <p className="govuk-body">{MARKDOWN_HINT}</p>
        <p className="govuk-body">
          Leave an empty line between paragraphs. Write **two stars** around words for bold.
        </p>
      </Details>
      <Textarea
        id={IDS.challenge}
        label="The challenge"
        labelAsHeading={3}
        labelClassName="govuk-label--m"
        hint="What problem the council faced, and for whom."
        rows={8}
        defaultValue={defaults.challenge}
        error={error('challenge')}
      />
      <Textarea
        id={IDS.whatWasDone}
        label="What was done"
        labelAsHeading={3}
        labelClassName="govuk-label--m"
        hint="What the council did, who it worked with and what it used."
        rows={8}
        defaultValue={defaults.whatWasDone}
        error={error('whatWasDone')}
      />
      <Textarea
        id={IDS.impact}
        label="Impact"
        labelAsHeading={3}
        labelClassName="govuk-label--m"
        hint="What changed for residents, staff and the council’s money."
        rows={8}
        defaultValue={defaults.impact}
        error={error('impact')}
      />
      <Textarea
        id={IDS.lessonsLearned}
        label="Lessons learned"
        labelAsHeading={3}
        labelClassName="govuk-label--m"
        hint="What went well, what did not, and what you would do differently."
        rows={8}
        defaultValue={defaults.lessonsLearned}
        error={error('lessonsLearned')}
      />
      <Textarea
        id={IDS.body}
        label="Anything else"
        labelAsHeading={3}
        labelClassName="govuk-label--m"
        hint="Anything that does not fit above, such as next steps."
        rows={6}
        defaultValue={defaults.body}
        error={error('body')}
      />
    </>
  );
}
