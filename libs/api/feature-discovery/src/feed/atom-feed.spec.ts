import { readAtom } from '@lgx/api/testing';

import { type AtomEntry, atomXml, EMPTY_FEED_UPDATED, xmlSafe } from './atom-feed';

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  title: 'Chatbot for council tax',
  summary: 'Answers residents at night.',
  link: 'https://lgx.example.gov.uk/case-studies/1',
  updated: new Date('2026-03-01T10:00:00Z'),
  author: 'Derby City Council',
  category: 'Case study',
  ...overrides,
});

const feedOf = (entries: AtomEntry[], title = 'LGX search') =>
  atomXml({
    title,
    subtitle: 'The newest public records.',
    self: 'https://lgx.example.gov.uk/feeds/search.atom?q=a&type=case-study',
    alternate: 'https://lgx.example.gov.uk/search?q=a&type=case-study',
    entries,
  });

describe('atomXml', () => {
  it('writes well-formed Atom that reads back as it was given', () => {
    const feed = readAtom(feedOf([entry()]));
    expect(feed).toEqual({
      id: 'https://lgx.example.gov.uk/feeds/search.atom?q=a&type=case-study',
      title: 'LGX search',
      subtitle: 'The newest public records.',
      author: 'LGX, the LocalGov Exchange',
      updated: '2026-03-01T10:00:00.000Z',
      links: [
        { rel: 'alternate', href: 'https://lgx.example.gov.uk/search?q=a&type=case-study' },
        { rel: 'self', href: 'https://lgx.example.gov.uk/feeds/search.atom?q=a&type=case-study' },
      ],
      entries: [
        {
          id: 'https://lgx.example.gov.uk/case-studies/1',
          title: 'Chatbot for council tax',
          summary: 'Answers residents at night.',
          link: 'https://lgx.example.gov.uk/case-studies/1',
          updated: '2026-03-01T10:00:00.000Z',
          author: 'Derby City Council',
          category: 'Case study',
        },
      ],
    });
  });

  it.each([
    ['ampersands and angle brackets', 'Bins & <recycling> at R&D'],
    ['quotes', `"Digital" front door: residents' view`],
    ['what looks like markup', '<script>alert(1)</script><b>bold</b>'],
    ['what looks like an entity', 'Fish &amp; chips &lt;3 &#169;'],
    ['the end of a CDATA section', 'Nested ]]> twice ]]> here'],
    ['text outside the Basic Multilingual Plane', 'Café 🚲 Ysgol Gymraeg'],
  ])('keeps %s as plain text, in titles, summaries, authors and the feed title', (_, text) => {
    const feed = readAtom(feedOf([entry({ title: text, summary: text, author: text })], text));
    expect(feed.title).toBe(text);
    expect(feed.entries[0]).toMatchObject({ title: text, summary: text, author: text });
  });

  it('leaves out characters XML cannot carry, instead of writing a broken document', () => {
    const text = 'Bell\u0007 form\u000C feed\uFFFE lone\uD800 half';
    const feed = readAtom(feedOf([entry({ title: text, summary: text })], text));
    expect(feed.entries[0]!.title).toBe('Bell form feed lone half');
    expect(feed.title).toBe('Bell form feed lone half');
    expect(xmlSafe('tab\tnew\nline\r')).toBe('tab\tnew\nline\r');
  });

  it('cuts a long summary on a whole character, and dates an empty feed with a fixed date', () => {
    const long = readAtom(feedOf([entry({ summary: '🚲'.repeat(700) })])).entries[0]!.summary;
    expect(Array.from(long)).toHaveLength(600);
    expect(long.endsWith('…')).toBe(true);
    const empty = readAtom(feedOf([]));
    expect(empty.entries).toEqual([]);
    expect(empty.updated).toBe(EMPTY_FEED_UPDATED.toISOString());
    // The same records make the same document (the ETag depends on it).
    expect(feedOf([entry()])).toBe(feedOf([entry()]));
  });

  it('is updated at its newest entry', () => {
    const feed = readAtom(
      feedOf([
        entry({ updated: new Date('2026-01-01T00:00:00Z') }),
        entry({ link: 'https://lgx.example.gov.uk/x', updated: new Date('2026-05-01T00:00:00Z') }),
      ]),
    );
    expect(feed.updated).toBe('2026-05-01T00:00:00.000Z');
  });
});
