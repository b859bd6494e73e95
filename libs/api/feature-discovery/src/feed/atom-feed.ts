import { Feed } from 'feed';

/** One entry of a feed, in plain text (never HTML): the builder escapes it. */
export interface AtomEntry {
  title: string;
  summary: string;
  /** Absolute address of the record's page: also the entry's id. */
  link: string;
  /** When it was published. */
  updated: Date;
  /** The council it is from, when it has one. */
  author?: string;
  /** What kind of record it is, e.g. "Case study". */
  category: string;
}

/** A whole feed, in plain text. */
export interface AtomFeed {
  title: string;
  subtitle: string;
  /** Absolute address of the feed itself: also its id. */
  self: string;
  /** Absolute address of the page that shows the same records. */
  alternate: string;
  entries: AtomEntry[];
}

/** The date of a feed without entries: a fixed one, so its ETag does not change with the clock. */
export const EMPTY_FEED_UPDATED = new Date(0);

/** A summary is cut to this many characters: a feed carries a taste, the page the rest. */
export const FEED_SUMMARY_LENGTH = 600;

// Characters XML 1.0 forbids anywhere, even escaped: C0 controls but tab, line feed and
// carriage return, lone surrogates and the two non-characters U+FFFE and U+FFFF.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with what XML cannot carry left out. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

/**
 * Entry titles and summaries are Atom `type="html"`: a reader shows them as
 * HTML, so plain text is escaped once as HTML ("<b>" shows as written). The
 * `feed` package wraps them in CDATA, which `>` escaped here can never close.
 */
const asHtml = (text: string): string =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * Feed-level text elements: xml-js (under `feed`) turns every "&amp;" back
 * into "&" before escaping, so a literal "&amp;" would lose its "amp;".
 * Writing each "&" as "&amp;" first is undone exactly by that step.
 */
const asText = (text: string): string => xmlSafe(text).replace(/&/g, '&amp;');

/** Attribute values: xml-js escapes only the quote in them, so the rest is escaped here. */
const asAttribute = (text: string): string =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Cut on a whole character, with an ellipsis when anything was left out. */
function cut(text: string, length: number): string {
  const characters = Array.from(text.trim());
  return characters.length <= length
    ? characters.join('')
    : `${characters.slice(0, length - 1).join('')}…`;
}

/** The Atom 1.0 document of a feed (with the `feed` package: no hand-written XML). */
export function atomXml(content: AtomFeed): string {
  const updated = content.entries.reduce<Date>(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    EMPTY_FEED_UPDATED,
  );
  const feed = new Feed({
    id: content.self,
    title: asText(content.title),
    description: asText(content.subtitle),
    link: content.alternate,
    feed: content.self,
    updated,
    generator: 'LGX, the LocalGov Exchange',
    // Atom needs an author for every entry: the feed's stands for those without a council.
    author: { name: 'LGX, the LocalGov Exchange', link: new URL('/', content.alternate).href },
    copyright: 'Each record is shared under the licence shown on its page.',
    language: 'en-GB',
  });
  for (const entry of content.entries)
    feed.addItem({
      title: asHtml(entry.title),
      id: entry.link,
      link: entry.link,
      date: entry.updated,
      published: entry.updated,
      description: asHtml(cut(entry.summary, FEED_SUMMARY_LENGTH)),
      author: entry.author ? [{ name: asText(entry.author) }] : undefined,
      category: [{ term: asAttribute(entry.category) }],
    });
  return withSelfLinkEscapedOnce(feed.atom1(), content.self);
}

/**
 * `feed` 4.2.2 escapes the self link's "&" twice ("&amp;amp;"), which breaks
 * the address of every feed with more than one parameter: the one attribute
 * it writes that way is put right here.
 */
function withSelfLinkEscapedOnce(xml: string, self: string): string {
  const once = self.replace(/&/g, '&amp;');
  const twice = once.replace(/&/g, '&amp;');
  return xml.replace(`rel="self" href="${twice}"`, `rel="self" href="${once}"`);
}

/** The latest date of a feed, for Last-Modified; none for a feed without entries. */
export function feedUpdated(content: AtomFeed): Date | undefined {
  if (content.entries.length === 0) return undefined;
  return new Date(Math.max(...content.entries.map((entry) => entry.updated.getTime())));
}
