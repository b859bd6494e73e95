import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CASE_STUDY_FIELD_IDS, type CaseStudyField } from '../model/case-study-fields';
import { NEW_CASE_STUDY } from '../model/case-study-form-values';
import { CaseStudyOverviewFieldset } from './case-study-overview-fieldset';

const HIDDEN = 'govuk-radios__conditional--hidden';

function renderOverview(
  errors: Partial<Record<CaseStudyField, string>> = {},
  defaults = NEW_CASE_STUDY,
) {
  render(<CaseStudyOverviewFieldset defaults={defaults} error={(field) => errors[field]} />);
  const stoppedReason = () =>
    screen.getByRole('textbox', { name: 'Why did it stop?' }).closest('.govuk-radios__conditional');
  return { stoppedReason };
}

describe('CaseStudyOverviewFieldset', () => {
  it('asks for the title, summary and stage by their labels, with the ids the API errors point to', () => {
    renderOverview();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute(
      'id',
      CASE_STUDY_FIELD_IDS.title,
    );
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveAttribute(
      'id',
      CASE_STUDY_FIELD_IDS.summary,
    );
    expect(screen.getByRole('group', { name: 'What stage is it at?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Pilot' })).toHaveAccessibleDescription(
      'Trying it with some users or in one service',
    );
  });

  it('asks why it stopped only once the stage is “Stopped”', async () => {
    const { stoppedReason } = renderOverview();
    expect(stoppedReason()).toHaveClass(HIDDEN);
    await userEvent.click(screen.getByRole('radio', { name: 'Stopped' }));
    expect(stoppedReason()).not.toHaveClass(HIDDEN);
    await userEvent.click(screen.getByRole('radio', { name: 'Live' }));
    expect(stoppedReason()).toHaveClass(HIDDEN);
  });

  it('shows a stopped project’s reason from the start', () => {
    const { stoppedReason } = renderOverview(
      {},
      { ...NEW_CASE_STUDY, stage: 'STOPPED', stoppedReason: 'Funding ended' },
    );
    expect(stoppedReason()).not.toHaveClass(HIDDEN);
    expect(screen.getByRole('textbox', { name: 'Why did it stop?' })).toHaveValue('Funding ended');
  });

  it('reads each error with its field', () => {
    renderOverview({ title: 'Enter a title', stoppedReason: 'Say why it stopped' });
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter a title'),
    );
    expect(screen.getByRole('textbox', { name: 'Why did it stop?' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Say why it stopped'),
    );
    expect(screen.getByRole('textbox', { name: 'Summary' })).not.toHaveAccessibleDescription(
      expect.stringContaining('Error'),
    );
  });
});
