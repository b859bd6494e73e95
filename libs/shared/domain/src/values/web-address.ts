const SCHEME_AND_SLASHES = /^[a-z][a-z0-9+.-]*:\/\//i;
const OTHER_SCHEME = /^(mailto|tel|data|javascript|file|ftp|urn):/i;
/** A host name with at least one dot (or localhost), an optional port, then a path, query or nothing. */
const HOST_FIRST = /^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d+)?([/?#]|$)/i;

/**
 * A web address as people type it, completed to a full one: "bops.digital"
 * and "www.example.org/x" become "https://bops.digital" and
 * "https://www.example.org/x"; "//host/x" gets "https:". An address that
 * already has a scheme, or text that does not start with a host name, is
 * returned trimmed but otherwise as typed, for the usual checks to refuse.
 */
export function completeWebAddress(typed: string): string {
  const text = typed.trim();
  if (!text || SCHEME_AND_SLASHES.test(text) || OTHER_SCHEME.test(text)) return text;
  if (text.startsWith('//')) return `https:${text}`;
  return HOST_FIRST.test(text) && !/\s/.test(text) ? `https://${text}` : text;
}

/** Whether the text is a full http or https address (after completion, if the caller did it). */
export function isWebAddress(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
