import { PasswordInput } from '@lgx/web/ui';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { ACCOUNT_FORM, FormPage, type FormPageProps } from './form-page';

function renderPage(props: Partial<FormPageProps> = {}) {
  const onSubmit = jest.fn();
  const view = render(
    <MemoryRouter>
      <FormPage
        {...ACCOUNT_FORM}
        title="Delete your account"
        errors={[]}
        onSubmit={onSubmit}
        busy={false}
        submitLabel="Delete your account"
        busyLabel="Deleting your account"
        {...props}
      >
        <PasswordInput
          id="password"
          label="Enter your password to confirm"
          autoComplete="current-password"
        />
      </FormPage>
    </MemoryRouter>,
  );
  return { onSubmit, ...view };
}

describe('FormPage', () => {
  it('goes back to the account and cancels to it, around a form sent once with its fields', async () => {
    const { onSubmit, container } = renderPage();
    expect(screen.getByRole('link', { name: 'Back to your account' })).toHaveAttribute(
      'href',
      '/account',
    );
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', '/account');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Delete your account');
    expect(container.querySelector('form')).toHaveAttribute('novalidate');

    await userEvent.type(screen.getByLabelText('Enter your password to confirm'), 'secret words');
    await userEvent.click(screen.getByRole('button', { name: 'Delete your account' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent = onSubmit.mock.calls[0][0] as HTMLFormElement;
    expect(new FormData(sent).get('password')).toBe('secret words');
  });

  it('shows a warning button for what cannot be undone, and a plain one otherwise', () => {
    const { unmount } = renderPage({ submitVariant: 'warning' });
    expect(screen.getByRole('button', { name: 'Delete your account' })).toHaveClass(
      'govuk-button',
      'govuk-button--warning',
    );
    unmount();
    renderPage();
    expect(screen.getByRole('button', { name: 'Delete your account' })).not.toHaveClass(
      'govuk-button--warning',
    );
  });

  it('lists the problems first, then what comes before the heading, the heading and the intro, in that order', () => {
    const { container } = renderPage({
      errors: [{ fieldId: 'password', message: 'Enter your password' }],
      beforeTitle: <p>Banner</p>,
      intro: <p>Intro</p>,
    });
    const column = container.querySelector('.govuk-grid-column-two-thirds')!;
    const order = [...column.children].map((child) =>
      child.classList.contains('govuk-error-summary')
        ? 'summary'
        : child.tagName === 'A'
          ? 'back'
          : (child.textContent ?? child.tagName),
    );
    expect(order.slice(0, 5)).toEqual([
      'back',
      'summary',
      'Banner',
      'Delete your account',
      'Intro',
    ]);
    expect(screen.getByRole('link', { name: 'Enter your password' })).toHaveAttribute(
      'href',
      '#password',
    );
  });

  it('ignores a second send while busy, and says what it is doing', () => {
    const { onSubmit, container } = renderPage({ busy: true });
    expect(screen.getByRole('status')).toHaveTextContent('Deleting your account');
    fireEvent.submit(container.querySelector('form')!);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('leaves out the back link, Cancel and heading when not given, and shows what comes after', () => {
    renderPage({ back: undefined, cancelTo: undefined, title: undefined, after: <p>After</p> });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByText('After')).toBeInTheDocument();
  });
});
