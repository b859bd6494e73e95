import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { SearchBox } from './search-box';

describe('SearchBox', () => {
  it('is a named search landmark with a labelled search field and a Search button', () => {
    render(
      <SearchBox
        id="site-search"
        label="Search LGX"
        landmarkLabel="Site"
        hint="For example, bins"
        action="/find"
        defaultValue="waste"
      />,
    );
    const form = screen.getByRole('search', { name: 'Site' });
    expect(form).toHaveAttribute('action', '/find');
    expect(form).toHaveAttribute('method', 'get');
    const field = screen.getByRole('searchbox', { name: 'Search LGX' });
    expect(field).toHaveValue('waste');
    expect(field).toHaveAttribute('name', 'q');
    expect(field).toHaveAccessibleDescription('For example, bins');
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit');
  });

  it('makes the label the page heading on a search page', () => {
    render(<SearchBox id="q" label="Search case studies" labelAsHeading />);
    expect(screen.getByRole('heading', { level: 1, name: 'Search case studies' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search case studies' })).toBeInTheDocument();
  });

  it('hands the typed words to the page, by the button or by Enter', async () => {
    const onSubmit = jest.fn();
    render(<SearchBox id="q" label="Search" labelHidden onSubmit={onSubmit} />);
    const field = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(field, 'bins{Enter}');
    expect(onSubmit).toHaveBeenLastCalledWith('bins');
    await userEvent.clear(field);
    await userEvent.type(field, 'parking');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSubmit).toHaveBeenLastCalledWith('parking');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('follows the page when it keeps the words itself, and caps their length', async () => {
    function Controlled() {
      const [words, setWords] = useState('');
      return (
        <>
          <SearchBox id="q" label="Search" value={words} onChange={setWords} maxLength={5} />
          <output>{words}</output>
        </>
      );
    }
    render(<Controlled />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'recycling');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('recyc');
    expect(screen.getByRole('status')).toHaveTextContent('recyc');
  });
});
