import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ErrorSummary } from './error-summary';

describe('ErrorSummary', () => {
  it('shows nothing when there is no error', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is announced and takes focus when it appears, so a keyboard user starts there', () => {
    render(<ErrorSummary errors={[{ message: 'Enter a title' }]} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(alert).toHaveTextContent('Enter a title');
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(alert.parentElement).toHaveFocus();
  });

  it('takes focus again when new errors replace the old', () => {
    const { rerender } = render(<ErrorSummary errors={[{ message: 'Enter a title' }]} />);
    const summary = screen.getByRole('alert').parentElement!;
    summary.blur();
    rerender(<ErrorSummary errors={[{ message: 'Enter a summary' }]} />);
    expect(summary).toHaveFocus();
  });

  it('links each error about a field to that field, and moves focus there', async () => {
    render(
      <>
        <ErrorSummary
          title="Check the form"
          errors={[{ fieldId: 'title', message: 'Enter a title' }, { message: 'Try again' }]}
        />
        <label htmlFor="title">Title</label>
        <input id="title" />
      </>,
    );
    const link = screen.getByRole('link', { name: 'Enter a title' });
    expect(link).toHaveAttribute('href', '#title');
    expect(screen.queryByRole('link', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByText('Try again')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Check the form' })).toBeInTheDocument();

    await userEvent.click(link);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus();
  });

  it('scrolls the question (the legend of a group of fields) into view, not just the field', async () => {
    const scrolled: Element[] = [];
    const spy = jest.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (
      this: Element,
    ) {
      scrolled.push(this);
    });
    render(
      <>
        <ErrorSummary errors={[{ fieldId: 'start-day', message: 'Enter a start date' }]} />
        <fieldset>
          <legend>When did it start?</legend>
          <label htmlFor="start-day">Day</label>
          <input id="start-day" />
        </fieldset>
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Enter a start date' }));
    expect(scrolled.map((element) => element.textContent)).toEqual(['When did it start?']);
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus();
    spy.mockRestore();
  });
});
