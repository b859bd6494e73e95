import { SERVICE_AREAS } from '@lgx/shared/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { CaseStudyField } from '../model/case-study-fields';
import { NEW_CASE_STUDY } from '../model/case-study-form-values';
import { CaseStudyTagsFieldset } from './case-study-tags-fieldset';

function renderTags(
  errors: Partial<Record<CaseStudyField, string>> = {},
  defaults = NEW_CASE_STUDY,
) {
  const { container } = render(
    <CaseStudyTagsFieldset defaults={defaults} error={(field) => errors[field]} />,
  );
  const folded = (summary: string) =>
    screen.getByText(summary, { selector: '.govuk-details__summary-text' }).closest('details')!;
  return { container, folded };
}

describe('CaseStudyTagsFieldset', () => {
  it('folds the long lists away and shows the objectives', () => {
    const { folded } = renderTags();
    expect(folded('Service areas')).not.toHaveAttribute('open');
    expect(folded('Technologies')).not.toHaveAttribute('open');
    expect(
      screen.getByRole('group', { name: 'Which strategic objectives does it serve?' }),
    ).toBeVisible();
  });

  it('opens a long list that has a choice, or an error read with it', () => {
    const { folded } = renderTags(
      { technologies: 'Choose 10 technologies or fewer' },
      { ...NEW_CASE_STUDY, serviceAreas: [Object.keys(SERVICE_AREAS)[0]!] },
    );
    expect(folded('Service areas')).toHaveAttribute('open');
    expect(folded('Technologies')).toHaveAttribute('open');
    expect(
      screen.getByRole('group', { name: 'Which technologies did it use?' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Error: Choose 10 technologies or fewer'),
    );
  });

  it('lets a reader open a list and tick a tag', async () => {
    const { folded } = renderTags();
    await userEvent.click(screen.getByText('Service areas'));
    expect(folded('Service areas')).toHaveAttribute('open');
    const group = screen.getByRole('group', { name: 'Which service areas is it about?' });
    expect(group).toHaveAccessibleDescription('Choose up to 10.');
    const first = group.querySelector('input[type="checkbox"]')!;
    await userEvent.click(first);
    expect(first).toBeChecked();
  });
});
