import type { ReactNode } from 'react';

export type TagColour =
  | 'blue'
  | 'grey'
  | 'green'
  | 'teal'
  | 'turquoise'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** A GOV.UK tag: a short status or label (blue unless told otherwise). */
export function Tag({
  colour = 'blue',
  className,
  children,
}: {
  colour?: TagColour;
  className?: string;
  children: ReactNode;
}) {
  const classes = ['govuk-tag', colour !== 'blue' && `govuk-tag--${colour}`, className]
    .filter(Boolean)
    .join(' ');
  return <strong className={classes}>{children}</strong>;
}
