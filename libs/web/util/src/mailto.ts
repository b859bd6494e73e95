/**
 * A mailto: link to one address with a subject, encoded so that any text
 * (spaces, &, ?, #, accents, quotes) arrives as written: "Contact the author"
 * opens a message already naming what it is about.
 */
export function mailtoHref(address: string, subject?: string): string {
  // The address keeps its @; anything that could end it early (?, #, &, spaces) is encoded.
  const to = address
    .trim()
    .split('@')
    .map((part) => encodeURIComponent(part))
    .join('@');
  return subject ? `mailto:${to}?subject=${encodeURIComponent(subject)}` : `mailto:${to}`;
}
