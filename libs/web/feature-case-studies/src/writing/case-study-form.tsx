import {
  CASE_STUDY_STAGES,
  EVIDENCE_LEVELS,
  SERVICE_AREAS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';
import {
  Button,
  Checkboxes,
  type CheckboxItem,
  ConditionalRadios,
  DateInput,
  Details,
  ErrorSummary,
  type FormErrors,
  FormStatus,
  PrefixedInput,
  Radios,
  Select,
  Textarea,
  TextInput,
} from '@lgx/web/ui';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';

import { CASE_STUDY_FIELD_IDS as IDS, LICENCES } from './case-study-fields';
import {
  type CaseStudyFormDefaults,
  formReader,
  type ReadCaseStudy,
  readCaseStudyForm,
} from './case-study-form-values';

const itemsOf = (labels: Record<string, string>): CheckboxItem[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const STAGE_HINTS: Record<string, string> = {
  IDEA: 'Thought through, not started',
  DISCOVERY: 'Finding out what people need and what could work',
  PILOT: 'Trying it with some users or in one service',
  LIVE: 'In use',
  SCALED: 'In use across the council, or by other councils too',
  STOPPED: 'It stopped, before or after going live',
};

const MONEY_HINT = 'In pounds. You can type 1.5m or 250k.';

const MARKDOWN_HINT =
  'You can format the text: start a line with ## for a heading or * for a list, and write links as [text](https://…).';

interface CaseStudyFormProps {
  defaults: CaseStudyFormDefaults;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelTo: string;
  leadCouncilName: string;
  /** Called with the form read; the page checks its problems and sends it. */
  onSubmit: (read: ReadCaseStudy) => void;
  children?: ReactNode;
}

/**
 * One long form with the LGA's case study template: what happened, the
 * numbers, tags, dates, councils, contact, licence and source.
 */
export function CaseStudyForm({
  defaults,
  errors,
  busy,
  submitLabel,
  busyLabel,
  cancelTo,
  leadCouncilName,
  onSubmit,
  children,
}: CaseStudyFormProps) {
  const error = (field: keyof typeof IDS) => errors.byField[IDS[field]];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    onSubmit(readCaseStudyForm(formReader(event.currentTarget)));
  };
  const longList = (
    field: 'serviceAreas' | 'technologies',
    summary: string,
    legend: string,
    labels: Record<string, string>,
  ) => (
    <details className="govuk-details" open={defaults[field].length > 0 || Boolean(error(field))}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">
        <Checkboxes
          id={IDS[field]}
          name={IDS[field]}
          legend={legend}
          legendClassName="govuk-fieldset__legend--s"
          hint="Choose up to 10."
          error={error(field)}
          items={itemsOf(labels)}
          defaultValues={defaults[field]}
          small
        />
      </div>
    </details>
  );

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {children}
      <form noValidate onSubmit={submit} className="lgx-case-study-form">
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

        <h2 className="govuk-heading-l">The numbers</h2>
        <p className="govuk-body">
          Leave out anything you do not know. LGX works out the payback period and the three-year
          net benefit from the investment, running cost and cashable savings: you do not type them
          in.
        </p>
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset" aria-describedby="money-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
              <h3 className="govuk-fieldset__heading">Costs and savings</h3>
            </legend>
            <div className="govuk-hint" id="money-hint">
              {MONEY_HINT}
            </div>
            <PrefixedInput
              id={IDS.investment}
              label="Investment, in pounds"
              prefix="£"
              hint="One-off costs, like building or buying it. For example, 2m or 150k."
              defaultValue={defaults.investment}
              error={error('investment')}
            />
            <PrefixedInput
              id={IDS.runningCostPerYear}
              label="Running cost per year, in pounds"
              prefix="£"
              suffix="per year"
              hint="Licences, support and staff to keep it going. For example, 250k."
              defaultValue={defaults.runningCostPerYear}
              error={error('runningCostPerYear')}
            />
            <PrefixedInput
              id={IDS.cashableSavingsPerYear}
              label="Cashable savings per year, in pounds"
              prefix="£"
              suffix="per year"
              hint="Money the council no longer spends. For example, 1.5m."
              defaultValue={defaults.cashableSavingsPerYear}
              error={error('cashableSavingsPerYear')}
            />
          </fieldset>
        </div>
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
              <h3 className="govuk-fieldset__heading">Other results</h3>
            </legend>
            <PrefixedInput
              id={IDS.hoursSavedPerYear}
              label="Staff hours saved per year"
              suffix="hours"
              widthClassName="govuk-input--width-10"
              inputMode="numeric"
              hint="A whole number, like 12000."
              defaultValue={defaults.hoursSavedPerYear}
              error={error('hoursSavedPerYear')}
            />
            <PrefixedInput
              id={IDS.residentsAffected}
              label="Residents or cases affected"
              widthClassName="govuk-input--width-10"
              inputMode="numeric"
              hint="A whole number, like 3500."
              defaultValue={defaults.residentsAffected}
              error={error('residentsAffected')}
            />
            <Textarea
              id={IDS.nonCashableBenefits}
              label="Other benefits"
              hint="Benefits that are not cash, like shorter waits or safer decisions."
              rows={3}
              defaultValue={defaults.nonCashableBenefits}
              error={error('nonCashableBenefits')}
            />
          </fieldset>
        </div>
        <Radios
          id={IDS.evidenceLevel}
          name={IDS.evidenceLevel}
          legend="How sure are these numbers?"
          hint="Readers weigh numbers by how they were found."
          error={error('evidenceLevel')}
          defaultValue={defaults.evidenceLevel}
          items={Object.entries(EVIDENCE_LEVELS).map(([value, label]) => ({ value, label }))}
        />

        <h2 className="govuk-heading-l">Tags</h2>
        <p className="govuk-body">Tags help officers with the same problem find this.</p>
        {longList(
          'serviceAreas',
          'Service areas',
          'Which service areas is it about?',
          SERVICE_AREAS,
        )}
        <Checkboxes
          id={IDS.objectives}
          name={IDS.objectives}
          legend="Which strategic objectives does it serve?"
          legendClassName="govuk-fieldset__legend--s"
          error={error('objectives')}
          items={itemsOf(STRATEGIC_OBJECTIVES)}
          defaultValues={defaults.objectives}
          small
        />
        {longList('technologies', 'Technologies', 'Which technologies did it use?', TECHNOLOGIES)}

        <h2 className="govuk-heading-l">Dates</h2>
        <DateInput
          id={IDS.startDate}
          legend="When did it start?"
          hint="For example, 1 4 2024."
          defaultValue={defaults.startDate}
          error={error('startDate')}
        />
        <DateInput
          id={IDS.endDate}
          legend="When did it end?"
          hint="Leave this blank if it is still running."
          defaultValue={defaults.endDate}
          error={error('endDate')}
        />

        <h2 className="govuk-heading-l">Councils</h2>
        <p className="govuk-body">{leadCouncilName} leads this case study.</p>
        <TextInput
          id={IDS.coAuthorCouncilCodes}
          label="Co-author councils"
          labelClassName="govuk-label--s"
          hint={
            <>
              Other councils that did this with you. We will ask each council you add to confirm: it
              is shown as a co-author, and its editors can change the case study, only once one of
              them accepts. Type their register codes separated by commas, like NGM, LCE. Find codes
              in the{' '}
              <Link className="govuk-link" to="/councils" target="_blank" rel="noopener">
                register of councils (opens in new tab)
              </Link>
              .
            </>
          }
          spellCheck={false}
          autoCapitalize="characters"
          defaultValue={defaults.coAuthorCouncilCodes}
          error={error('coAuthorCouncilCodes')}
        />

        <h2 className="govuk-heading-l">Contact officer</h2>
        <p className="govuk-body">
          Who other councils can ask about it. Only signed-in council officers see this.
        </p>
        <TextInput
          id={IDS.contactName}
          label="Name"
          autoComplete="off"
          spellCheck={false}
          defaultValue={defaults.contactName}
          error={error('contactName')}
        />
        <TextInput
          id={IDS.contactEmail}
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          defaultValue={defaults.contactEmail}
          error={error('contactEmail')}
        />

        <h2 className="govuk-heading-l">Licence and source</h2>
        <Select
          id={IDS.licence}
          name={IDS.licence}
          label="Licence"
          hint="Published case studies can be reused under this licence. The Open Government Licence is usual for council content."
          options={LICENCES.map(({ value, label }) => ({ value, label }))}
          defaultValue={defaults.licence}
          error={error('licence')}
        />
        <TextInput
          id={IDS.sourceUrl}
          label="Source"
          type="url"
          hint="If this is based on a published report, its web address, starting with https://"
          spellCheck={false}
          autoCapitalize="none"
          defaultValue={defaults.sourceUrl}
          error={error('sourceUrl')}
        />

        <div className="govuk-button-group">
          <Button busy={busy}>{submitLabel}</Button>
          <Link className="govuk-link" to={cancelTo}>
            Cancel
          </Link>
        </div>
        <FormStatus busy={busy} label={busyLabel} />
      </form>
    </>
  );
}
