import { render, screen, within } from '@testing-library/react';

import { GROUP_FIELD_IDS, NEW_GROUP } from '../model/group-form-values';
import { GroupFormFields } from './group-form-fields';

describe('GroupFormFields', () => {
  it('asks every question of a new group, each input with the id its errors point to', () => {
    const { container } = render(<GroupFormFields errors={{}} />);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'For example, AI digital assistant',
    );
    expect(screen.getByRole('textbox', { name: 'The need, in plain words' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('');
    expect(screen.getByRole('group', { name: 'Desired contract start' })).toBeVisible();
    expect(
      screen.getByRole('group', { name: 'Closing date for expressions of interest' }),
    ).toBeVisible();
    expect(container.querySelector('input[type="date"]')).toBeNull();
    expect(screen.getByRole('group', { name: 'Preferred route to market' })).toBeVisible();
    expect(
      screen.getByRole('textbox', {
        name: 'Minimum number of councils for the bid to go ahead',
      }),
    ).toHaveValue(String(NEW_GROUP.minimumCouncils));
    for (const id of Object.values(GROUP_FIELD_IDS))
      expect(container.querySelector(`#${id}`)).not.toBeNull();
  });

  it('explains who can join with each choice', () => {
    render(<GroupFormFields errors={{}} />);
    const open = screen.getByRole('radio', { name: 'Open to any council' });
    expect(open).toBeChecked();
    expect(open).toHaveAccessibleDescription('Any council finds it in search and can join');
    expect(screen.getByRole('radio', { name: 'Invite only' })).toHaveAccessibleDescription(
      'Only councils you invite or accept; others cannot find it',
    );
  });

  it('asks only for the title and need once the group has gone to tender', () => {
    const { container } = render(
      <GroupFormFields
        errors={{}}
        wordingOnly
        defaults={{ ...NEW_GROUP, title: 'Shared chatbot', need: 'Answer residents at night' }}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Shared chatbot');
    expect(screen.getByRole('textbox', { name: 'The need, in plain words' })).toHaveValue(
      'Answer residents at night',
    );
    expect(container.querySelectorAll('input, textarea, select')).toHaveLength(2);
  });

  it('starts from the group’s category by name and its dates in day, month and year', () => {
    render(
      <GroupFormFields
        errors={{ 'desired-start': 'The desired contract start must include a year' }}
        dateParts={{ 'desired-start': ['year'] }}
        defaults={{ ...NEW_GROUP, cpvCode: '72000000-5', desiredStart: '2027-04-01' }}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue(
      'IT services: consulting, software development, Internet and support',
    );
    const start = within(screen.getByRole('group', { name: 'Desired contract start' }));
    expect(start.getByRole('textbox', { name: 'Day' })).toHaveValue('1');
    expect(start.getByRole('textbox', { name: 'Month' })).toHaveValue('4');
    expect(start.getByRole('textbox', { name: 'Year' })).toBeInvalid();
    expect(start.getByRole('textbox', { name: 'Day' })).not.toBeInvalid();
  });

  it('reads each error with its field', () => {
    render(
      <GroupFormFields
        errors={{ 'cpv-code': 'Choose a category', 'minimum-councils': 'Enter 2 or more' }}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Choose a category'),
    );
    expect(
      screen.getByRole('textbox', { name: 'Minimum number of councils for the bid to go ahead' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Error: Enter 2 or more'));
  });
});
