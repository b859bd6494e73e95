import { Fragment } from 'react';

import { type TextSegment, tidySegments } from './text-segments';

/**
 * Text with the parts that matched a search marked. Every piece is rendered
 * as text, never as HTML, whatever the index holds.
 */
export function HighlightedText({
  segments,
  fallback,
}: {
  segments: readonly TextSegment[];
  /** Shown when there are no segments. */
  fallback?: string;
}) {
  return (
    <>
      {tidySegments(segments, fallback).map((segment, index) =>
        segment.match ? (
          // A segment's identity is its place in the text.
          <mark key={index} className="lgx-highlight">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
