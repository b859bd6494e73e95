/** Markers Meilisearch puts around matches: private-use characters, never in real text. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits highlighted text into plain segments, so the web renders matches
 * as <mark> without ever treating indexed text as HTML.
 */
export function toSegments(formatted: string | undefined): TextSegment[] {
  if (!formatted) return [];
  const segments: TextSegment[] = [];
  for (const part of formatted.split(MATCH_START)) {
    const end = part.indexOf(MATCH_END);
    if (end < 0) {
      if (part) segments.push({ text: part, match: false });
      continue;
    }
    if (end > 0) segments.push({ text: part.slice(0, end), match: true });
    const rest = part.slice(end + MATCH_END.length);
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}
