import type { ReactNode } from 'react';

/** Renders a link (the router's Link) so navigation stays in the app. */
export type RenderLink = (props: {
  href: string;
  className: string;
  children: ReactNode;
  current?: boolean;
  /** Called when the link is followed (the folded phone menu closes). */
  onClick?: () => void;
}) => ReactNode;
