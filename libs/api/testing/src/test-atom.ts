import { SaxesParser } from 'saxes';

const ATOM = 'http://www.w3.org/2005/Atom';

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** What a feed reader would show of one entry: HTML text already read as HTML. */
export interface ReadAtomEntry {
  id: string;
  title: string;
  summary: string;
  link: string;
  updated: string;
  author: string | null;
  category: string | null;
}

export interface ReadAtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own author, which stands for entries without one. */
  author: string | null;
  updated: string;
  links: { rel: string; href: string }[];
  entries: ReadAtomEntry[];
}

/**
 * Parses XML with a strict, namespace-aware XML 1.0 parser (saxes, the one
 * jsdom uses): a malformed document, a bad character or an undefined entity
 * throws.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', uri: '', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  const current = () => open[open.length - 1]!;
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.local ?? tag.name,
      uri: tag.uri ?? '',
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((attribute) => [attribute.local, attribute.value]),
      ),
      children: [],
      text: '',
    };
    current().children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => (current().text += text));
  parser.on('cdata', (text) => (current().text += text));
  parser.on('closetag', () => open.pop());
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return root;
}

/** Text of an Atom `type="html"` element as a reader shows it: the HTML's entities decoded. */
function htmlText(element: XmlElement | undefined): string {
  if (!element) return '';
  const text = element.text.trim();
  if (element.attributes['type'] !== 'html') return text;
  if (/<[a-z!/]/i.test(text)) throw new Error(`Markup in an HTML text element: ${text}`);
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const child = (parent: XmlElement, name: string) =>
  parent.children.find((element) => element.name === name && element.uri === ATOM);

/** Reads an Atom feed as a reader would, after checking it is well-formed Atom. */
export function readAtom(xml: string): ReadAtomFeed {
  const feed = parseXml(xml).children[0];
  if (!feed || feed.name !== 'feed' || feed.uri !== ATOM) throw new Error('Not an Atom feed');
  const entries = feed.children.filter((element) => element.name === 'entry');
  const author = child(feed, 'author');
  return {
    id: child(feed, 'id')?.text.trim() ?? '',
    title: child(feed, 'title')?.text.trim() ?? '',
    subtitle: child(feed, 'subtitle')?.text.trim() ?? '',
    author: author ? (child(author, 'name')?.text.trim() ?? null) : null,
    updated: child(feed, 'updated')?.text.trim() ?? '',
    links: feed.children
      .filter((element) => element.name === 'link')
      .map((link) => ({ rel: link.attributes['rel'] ?? '', href: link.attributes['href'] ?? '' })),
    entries: entries.map((entry) => {
      const author = child(entry, 'author');
      return {
        id: child(entry, 'id')?.text.trim() ?? '',
        title: htmlText(child(entry, 'title')),
        summary: htmlText(child(entry, 'summary')),
        link: child(entry, 'link')?.attributes['href'] ?? '',
        updated: child(entry, 'updated')?.text.trim() ?? '',
        author: author ? (child(author, 'name')?.text.trim() ?? null) : null,
        category: child(entry, 'category')?.attributes['term'] ?? null,
      };
    }),
  };
}
