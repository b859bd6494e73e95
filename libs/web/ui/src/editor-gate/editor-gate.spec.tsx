import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { EditorGate, type EditorGateViewer, NotAnEditor } from './editor-gate';

interface Viewer extends EditorGateViewer {
  councilRole: 'ADMIN' | 'EDITOR' | 'VIEWER' | null;
  council: { code: string; name: string } | null;
}

const EDITOR: Viewer = {
  account: { id: '1' },
  mfaChallengePending: false,
  council: { code: 'LEEDS', name: 'Leeds City Council' },
  councilRole: 'EDITOR',
};

const mayEdit = (viewer: Viewer) =>
  viewer.councilRole === 'EDITOR' || viewer.councilRole === 'ADMIN';

function Where() {
  const { pathname, search } = useLocation();
  return <p>Now at {`${pathname}${search}`}</p>;
}

function renderGate({
  viewer,
  error = null,
}: {
  viewer?: Viewer;
  error?: { code?: string; message: string } | null;
}) {
  render(
    <MemoryRouter initialEntries={['/case-studies/new?from=council']}>
      <Routes>
        <Route
          path="/case-studies/new"
          element={
            <EditorGate
              viewer={viewer}
              error={error}
              mayEdit={mayEdit}
              failure={(failure) => <h1>Failed: {failure.message}</h1>}
              notAnEditor={(councilName) => <h1>Not an editor of {councilName ?? 'a council'}</h1>}
            >
              {(editor) => (
                <h1>
                  Write for {editor.council.name} ({editor.council.code})
                </h1>
              )}
            </EditorGate>
          }
        />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('EditorGate', () => {
  it('shows the page to an editor, with their council', () => {
    renderGate({ viewer: EDITOR });
    expect(heading()).toHaveTextContent('Write for Leeds City Council (LEEDS)');
  });

  it('shows the page to an admin of a council', () => {
    renderGate({ viewer: { ...EDITOR, councilRole: 'ADMIN' } });
    expect(heading()).toHaveTextContent('Write for Leeds City Council');
  });

  it('says it is checking while the viewer loads', () => {
    renderGate({});
    expect(screen.getByRole('status')).toHaveTextContent('Checking you are signed in');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it("shows the feature's page when the viewer could not be loaded", () => {
    renderGate({ viewer: EDITOR, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Down' } });
    expect(heading()).toHaveTextContent('Failed: Down');
  });

  it('sends a visitor to sign in, and back here afterwards', () => {
    renderGate({ viewer: { ...EDITOR, account: null, council: null, councilRole: null } });
    expect(
      screen.getByText('Now at /sign-in?returnTo=%2Fcase-studies%2Fnew%3Ffrom%3Dcouncil'),
    ).toBeInTheDocument();
  });

  it('sends a session waiting for its second step to that step, and back', () => {
    renderGate({ viewer: { ...EDITOR, mfaChallengePending: true } });
    expect(
      screen.getByText(
        'Now at /sign-in/two-factor?returnTo=%2Fcase-studies%2Fnew%3Ffrom%3Dcouncil',
      ),
    ).toBeInTheDocument();
  });

  it('tells an officer who is not an editor which council can make them one', () => {
    renderGate({ viewer: { ...EDITOR, councilRole: 'VIEWER' } });
    expect(heading()).toHaveTextContent('Not an editor of Leeds City Council');
  });

  it('tells someone with no council that they are not an editor', () => {
    renderGate({ viewer: { ...EDITOR, council: null, councilRole: 'EDITOR' } });
    expect(heading()).toHaveTextContent('Not an editor of a council');
  });
});

describe('NotAnEditor', () => {
  const stillCan = (
    <>
      <a href="/components">browse the catalogue</a> and record what your council uses
    </>
  );

  it('names the council whose admins can make the officer an editor, and what they can still do', () => {
    render(
      <NotAnEditor
        councilName="Leeds City Council"
        editorsMay="add and change its components"
        stillCan={stillCan}
      />,
    );
    expect(heading()).toHaveTextContent('You need to be an editor of your council');
    expect(
      screen.getByText(
        'Only editors of a council can add and change its components. Ask an admin of Leeds City Council to make you an editor.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText((_, element) =>
        Boolean(
          element?.tagName === 'P' &&
          element.textContent ===
            'You can still browse the catalogue and record what your council uses.',
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'browse the catalogue' })).toHaveAttribute(
      'href',
      '/components',
    );
    expect(document.title).toMatch(/^You need to be an editor of your council – /);
  });

  it('asks someone with no council to ask one of its admins, and gives the reason it was refused', () => {
    render(
      <NotAnEditor
        reason="Editors of Leeds City Council can change this case study."
        editorsMay="write and change its case studies"
        stillCan="read case studies"
      />,
    );
    expect(
      screen.getByText('Editors of Leeds City Council can change this case study.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Only editors of a council can write and change its case studies. If you work for a council, ask one of its admins to make you an editor.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('You can still read case studies.')).toBeInTheDocument();
  });
});
