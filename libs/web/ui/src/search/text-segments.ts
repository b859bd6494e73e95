/** A piece of text, and whether it matched the search. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Tidies highlighted text for display: drops empty pieces, never marks bare
 * white space, joins neighbours alike, and falls back to the plain text
 * when there is nothing to show.
 */
export function tidySegments(segments: readonly TextSegment[], fallback = ''): TextSegment[] {
  const tidy: TextSegment[] = [];
  for (const { text, match } of segments) {
    if (!text) continue;
    const marked = match && text.trim() !== '';
    const last = tidy.at(-1);
    if (last && last.match === marked) last.text += text;
    else tidy.push({ text, match: marked });
  }
  if (tidy.length === 0 && fallback) return [{ text: fallback, match: false }];
  return tidy;
}
