import { QueryFailure, type RequestFailure } from '@lgx/web/util';
import type { ReactNode } from 'react';

import { Loading } from '../components/loading';
import { usePageTitle } from '../layout/page-title';

/** The viewer as the gate reads it: signed in or not, second step pending, their council. */
export interface EditorGateViewer {
  account: object | null;
  mfaChallengePending: boolean;
  council: { name: string } | null;
}

/** A viewer the gate let through: signed in, with a council they may edit for. */
export type GatedEditor<V extends EditorGateViewer> = V & { council: NonNullable<V['council']> };

export interface EditorGateProps<V extends EditorGateViewer, E extends RequestFailure> {
  /** The viewer, once loaded. */
  viewer: V | undefined;
  /** Why the viewer could not be loaded, if it could not. */
  error: E | null | undefined;
  /** Whether this viewer may edit for their council (its editors and admins). */
  mayEdit: (viewer: V) => boolean;
  /** The feature's page for a failed viewer query. */
  failure: (error: E) => ReactNode;
  /** The feature's page for an officer who is not an editor, given their council's name. */
  notAnEditor: (councilName: string | undefined) => ReactNode;
  /** The page itself, for an editor. */
  children: (editor: GatedEditor<V>) => ReactNode;
}

// A visitor, or a session waiting for its second step, is sent on exactly as
// when a query finds the session ended: to sign in (or that step), and back.
const SIGNED_OUT: RequestFailure = { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' };
const SECOND_STEP_PENDING: RequestFailure = {
  code: 'MFA_REQUIRED',
  message: 'Finish signing in to continue.',
};

/**
 * The door of a page for council editors: while the viewer loads, a status;
 * a visitor goes to sign in (and back), a pending session to its second
 * step; an officer who is not an editor of a council gets the feature's
 * explanation; an editor gets the page.
 */
export function EditorGate<V extends EditorGateViewer, E extends RequestFailure>({
  viewer,
  error,
  mayEdit,
  failure,
  notAnEditor,
  children,
}: EditorGateProps<V, E>) {
  if (error) return <>{failure(error)}</>;
  if (!viewer) return <Loading label="Checking you are signed in" />;
  if (!viewer.account) return <QueryFailure error={SIGNED_OUT} otherwise={null} />;
  if (viewer.mfaChallengePending)
    return <QueryFailure error={SECOND_STEP_PENDING} otherwise={null} />;
  if (!viewer.council || !mayEdit(viewer)) return <>{notAnEditor(viewer.council?.name)}</>;
  return <>{children(viewer as GatedEditor<V>)}</>;
}

export interface NotAnEditorProps {
  /** The officer's council, whose admins can make them an editor. */
  councilName?: string;
  /** What the API said, when it refused. */
  reason?: string;
  /** What only editors may do, after "Only editors of a council can". */
  editorsMay: string;
  /** What the officer can still do, after "You can still", with its links. */
  stillCan: ReactNode;
}

/** The page for an officer who opens a page for council editors. */
export function NotAnEditor({ councilName, reason, editorsMay, stillCan }: NotAnEditorProps) {
  usePageTitle('You need to be an editor of your council');
  return (
    <>
      <h1 className="govuk-heading-l">You need to be an editor of your council</h1>
      {reason && <p className="govuk-body">{reason}</p>}
      <p className="govuk-body">
        Only editors of a council can {editorsMay}.{' '}
        {councilName
          ? `Ask an admin of ${councilName} to make you an editor.`
          : 'If you work for a council, ask one of its admins to make you an editor.'}
      </p>
      <p className="govuk-body">You can still {stillCan}.</p>
    </>
  );
}
