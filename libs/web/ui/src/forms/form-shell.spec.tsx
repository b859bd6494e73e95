import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { TextInput } from '../components/text-input';
import { FormShell, type FormShellProps } from './form-shell';

function renderShell(props: Partial<FormShellProps> = {}) {
  const onSubmit = jest.fn();
  const view = render(
    <FormShell
      errors={[]}
      onSubmit={onSubmit}
      busy={false}
      submitLabel="Save"
      intro={<h1>Add a thing</h1>}
      {...props}
    >
      <TextInput id="title" label="Title" error={props.errors?.[0]?.message} />
    </FormShell>,
  );
  return { onSubmit, ...view };
}

describe('FormShell', () => {
  it('shows the heading, then a form the browser does not validate, sent with the button', async () => {
    const { onSubmit, container } = renderShell();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add a thing' })).toBeInTheDocument();
    const form = container.querySelector('form')!;
    expect(form).toHaveAttribute('novalidate');
    expect(form).not.toHaveAttribute('class');

    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Chatbot');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent = onSubmit.mock.calls[0][0] as HTMLFormElement;
    expect(sent).toBe(form);
    expect(new FormData(sent).get('title')).toBe('Chatbot');
  });

  it('lists the problems first, takes focus, and each links to its field', async () => {
    renderShell({ errors: [{ fieldId: 'title', message: 'Enter a title' }] });
    const alert = screen.getByRole('alert');
    expect(alert.parentElement).toHaveFocus();
    const field = screen.getByRole('textbox', { name: 'Title' });
    expect(field).toHaveAccessibleDescription('Error: Enter a title');

    await userEvent.click(screen.getByRole('link', { name: 'Enter a title' }));
    expect(field).toHaveFocus();
  });

  it('ignores a second send while busy, and says what it is doing', async () => {
    const { onSubmit, container } = renderShell({ busy: true, busyLabel: 'Saving' });
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');

    await userEvent.click(button);
    fireEvent.submit(container.querySelector('form')!); // as pressing Enter in a field does
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('announces nothing until busy, and puts a secondary link beside the button', () => {
    const { container } = renderShell({
      busyLabel: 'Saving',
      secondary: <a href="/back">Cancel</a>,
      className: 'lgx-long-form',
    });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    const group = container.querySelector('.govuk-button-group')!;
    expect(group).toContainElement(screen.getByRole('button', { name: 'Save' }));
    expect(group).toContainElement(screen.getByRole('link', { name: 'Cancel' }));
    expect(container.querySelector('form')).toHaveClass('lgx-long-form');
  });

  it('has no status region or button group when not asked for them', () => {
    const { container } = renderShell();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(container.querySelector('.govuk-button-group')).toBeNull();
  });
});
