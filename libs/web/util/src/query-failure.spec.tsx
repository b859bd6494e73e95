import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { QueryFailure, type RequestFailure } from './query-failure';

function Where() {
  const { pathname, search } = useLocation();
  return <p>Now at {`${pathname}${search}`}</p>;
}

function renderFailure(error: RequestFailure) {
  render(
    <MemoryRouter initialEntries={['/case-studies/42/edit?step=2']}>
      <Routes>
        <Route
          path="/case-studies/:id/edit"
          element={
            <QueryFailure
              error={error}
              pages={{
                NOT_FOUND: <h1>Case study not found</h1>,
                FORBIDDEN: <h1>You need to be an editor</h1>,
              }}
              otherwise={<h1>Sorry, there is a problem</h1>}
            />
          }
        />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('QueryFailure', () => {
  it('sends a person whose session ended to sign in, and back here afterwards', () => {
    renderFailure({ code: 'UNAUTHENTICATED', message: 'Sign in' });
    expect(
      screen.getByText('Now at /sign-in?returnTo=%2Fcase-studies%2F42%2Fedit%3Fstep%3D2'),
    ).toBeInTheDocument();
  });

  it('sends a session waiting for its second step to the two-factor page, and back', () => {
    renderFailure({ code: 'MFA_REQUIRED', message: 'Two-factor' });
    expect(
      screen.getByText(
        'Now at /sign-in/two-factor?returnTo=%2Fcase-studies%2F42%2Fedit%3Fstep%3D2',
      ),
    ).toBeInTheDocument();
  });

  it.each([
    ['NOT_FOUND', 'Case study not found'],
    ['FORBIDDEN', 'You need to be an editor'],
    ['MFA_ENROLMENT_REQUIRED', 'Sorry, there is a problem'],
    ['INTERNAL_SERVER_ERROR', 'Sorry, there is a problem'],
    [undefined, 'Sorry, there is a problem'],
    ['toString', 'Sorry, there is a problem'],
  ])('shows the page for %s', (code, heading) => {
    renderFailure({ code, message: 'Something' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
    expect(screen.queryByText(/Now at/)).not.toBeInTheDocument();
  });
});
