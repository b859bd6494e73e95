import { RATING_DIMENSIONS } from '@lgx/shared/domain';
import { render, screen, within } from '@testing-library/react';

import { ExperienceAttributionFieldset } from './experience-attribution-fieldset';
import { ExperienceReviewFieldset } from './experience-review-fieldset';

describe('ExperienceReviewFieldset', () => {
  it('asks for a rating of 1 to 5 on every dimension, none chosen for a new experience', () => {
    render(<ExperienceReviewFieldset error={() => undefined} />);
    for (const dimension of Object.values(RATING_DIMENSIONS)) {
      const group = screen.getByRole('group', { name: `${dimension}: your rating` });
      const radios = within(group).getAllByRole('radio');
      expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
      for (const radio of radios) expect(radio).not.toBeChecked();
    }
    expect(screen.getByRole('group', { name: 'Would you buy it again?' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Advice to other councils' })).toBeVisible();
  });

  it('reads each error with its question, by the API’s field name', () => {
    const errors: Record<string, string> = {
      ratingSupport: 'Rate the support',
      whatWorked: 'Say what worked',
    };
    render(<ExperienceReviewFieldset error={(field) => errors[field]} />);
    expect(
      screen.getByRole('group', { name: `${RATING_DIMENSIONS.support}: your rating` }),
    ).toHaveAccessibleDescription(expect.stringContaining('Error: Rate the support'));
    expect(screen.getByRole('textbox', { name: 'What worked' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Say what worked'),
    );
  });
});

describe('ExperienceAttributionFieldset', () => {
  it('offers to name the council, or to describe it only as at least 5 councils could be', () => {
    render(
      <ExperienceAttributionFieldset councilName="Leeds City Council" error={() => undefined} />,
    );
    expect(screen.getByRole('radio', { name: 'Name Leeds City Council' })).not.toBeChecked();
    expect(
      screen.getByRole('radio', {
        name: 'Do not name us: describe us only as at least 5 councils could be',
      }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('a district council in the East Midlands'),
    );
  });
});
