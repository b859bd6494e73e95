/**
 * A web address as people type it, made whole: "example.org" or
 * "www.example.org/path" get "https://" in front; one that already names its
 * scheme ("http://…", "mailto:…") or is empty is left as typed, for the API to
 * check. Spaces at either end are dropped.
 */
export function completeWebAddress(typed: string): string {
  const text = typed.trim();
  if (!text || /^[a-z][a-z0-9+.-]*:/i.test(text)) {
    // "example.org:8080" names a port, not a scheme: it is completed below.
    if (!/^[^/:]+\.[^/:]+:\d+(\/|$)/.test(text)) return text;
  }
  return `https://${text.replace(/^\/+/, '')}`;
}
