import { canWriteCaseStudies, useViewer, type Viewer } from '@lgx/web/data-access';
import { EditorGate, type GatedEditor } from '@lgx/web/ui';
import type { ReactNode } from 'react';

import { NotAComponentEditor } from './not-a-component-editor';
import { QueryFailure } from './query-failure';

/** The door of the pages that add components: for editors and admins of a council. */
export function ComponentEditorGate({
  children,
}: {
  children: (editor: GatedEditor<Viewer>) => ReactNode;
}) {
  const { data, error } = useViewer();
  return (
    <EditorGate
      viewer={data?.viewer}
      error={error}
      mayEdit={canWriteCaseStudies}
      failure={(failure) => <QueryFailure error={failure} />}
      notAnEditor={(councilName) => <NotAComponentEditor councilName={councilName} />}
    >
      {children}
    </EditorGate>
  );
}
