import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { WebAddressInput } from './web-address-input';

function renderForm(onRead: (value: FormDataEntryValue | null) => void) {
  render(
    <form
      aria-label="Source"
      onSubmit={(event) => {
        event.preventDefault();
        onRead(new FormData(event.currentTarget).get('source-url'));
      }}
    >
      <WebAddressInput id="source-url" label="Source" />
      <button type="submit">Save</button>
    </form>,
  );
  return screen.getByRole('textbox', { name: 'Source' });
}

describe('WebAddressInput', () => {
  it('completes an address typed without https:// when the person leaves the field', async () => {
    const field = renderForm(() => undefined);
    await userEvent.type(field, 'bops.digital');
    await userEvent.tab();
    expect(field).toHaveValue('https://bops.digital');
  });

  it('completes it before the form is read when sent with Enter, and shows it back', async () => {
    const read = jest.fn();
    const field = renderForm(read);
    await userEvent.type(field, 'www.example.org/x{Enter}');
    expect(read).toHaveBeenCalledWith('https://www.example.org/x');
    expect(field).toHaveValue('https://www.example.org/x');
  });

  it('leaves what is not a web address for the checks to refuse', async () => {
    const field = renderForm(() => undefined);
    await userEvent.type(field, 'not an address');
    await userEvent.tab();
    expect(field).toHaveValue('not an address');
  });
});
