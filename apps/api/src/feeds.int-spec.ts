import { rateLimitRuleFor } from '@lgx/api/core/http';
import { SearchIndexer } from '@lgx/api/core/search';
import { readAtom, signedIn, type TestApp } from '@lgx/api/testing';

import { bootApiApp, bootApiServingWeb } from '../test/api-test-app';
import {
  caseStudyInput,
  componentInput,
  type ContentOfEveryVisibility,
  contentOfEveryVisibility,
  made,
} from '../test/content-of-every-visibility';

/** The Atom feeds: public content only, whoever asks; escaped; cached; bad addresses refused. */
describe('feeds', () => {
  let harness: TestApp;
  let content: ContentOfEveryVisibility;

  beforeAll(async () => {
    harness = await bootApiApp();
    content = await contentOfEveryVisibility(harness, 'Quillwort');
  });
  afterAll(() => harness?.close());

  const get = (path: string, cookie?: string) => {
    const request = harness.http().get(path);
    return cookie ? request.set('cookie', cookie) : request;
  };

  it('lists only public records of a search, the newest first, for a visitor and for the people who can see more', async () => {
    const group = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
    const moderator = await signedIn(harness, { platformRole: 'ADMIN' });
    const bodies = new Set<string>();
    for (const cookie of [undefined, content.derbyEditor.cookie, group.cookie, moderator.cookie]) {
      const response = await get('/feeds/search.atom?q=quillwort', cookie);
      expect(response.status).toBe(200);
      bodies.add(response.text);
    }
    // One document whoever asks: it is cached publicly.
    expect(bodies.size).toBe(1);
    const feed = readAtom([...bodies][0]!);
    expect(feed.entries.map((entry) => entry.title).sort()).toEqual([...content.public].sort());
    const dates = feed.entries.map((entry) => Date.parse(entry.updated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // The officers-only and private records are there for the people who may see them.
    const forEditor = await content.derbyEditor.graphql<{ search: { totalCount: number } }>(
      `{ search(query: "quillwort", first: 50) { totalCount } }`,
    );
    expect(forEditor.data!.search.totalCount).toBeGreaterThan(content.public.length);
  });

  it('lists a council’s public records only, with absolute links at the public address', async () => {
    const response = await get('/feeds/councils/der.atom', content.derbyEditor.cookie);
    expect(response.status).toBe(200);
    const feed = readAtom(response.text);
    const titles = feed.entries.map((entry) => entry.title);
    expect(titles.filter((title) => title.startsWith('Quillwort')).sort()).toEqual(
      [...content.public].sort(),
    );
    expect(feed.title).toBe('LGX: Derby');
    expect(feed.id).toBe('http://lgx.test/feeds/councils/DER.atom');
    expect(feed.links).toEqual([
      { rel: 'alternate', href: 'http://lgx.test/councils/DER' },
      { rel: 'self', href: 'http://lgx.test/feeds/councils/DER.atom' },
    ]);
    for (const entry of feed.entries) {
      expect(entry.link).toMatch(/^http:\/\/lgx\.test\/(case-studies|components|contracts)\//);
      expect(entry.id).toBe(entry.link);
      expect(entry.author).toBe('Derby');
    }
    const kent = readAtom((await get('/feeds/councils/KEN.atom')).text);
    expect(kent.entries).toEqual([]);
  });

  it('lists what a council co-authors or co-maintains, once it has accepted, and never a draft', async () => {
    const nottingham = await signedIn(harness, { council: 'NOT', role: 'EDITOR' });
    const derbyLed = async (
      kind: 'case study' | 'component',
      title: string,
      options: { accept: boolean; publish: boolean },
    ) => {
      const id =
        kind === 'case study'
          ? await made(content.derbyEditor, 'createCaseStudy', {
              input: { ...caseStudyInput(title), coAuthorCouncilCodes: ['NOT'] },
            })
          : await made(content.derbyEditor, 'createComponent', {
              input: { ...componentInput(title), maintainingCouncilCodes: ['DER', 'NOT'] },
            });
      if (options.accept) {
        const respond =
          kind === 'case study'
            ? `mutation($id: ID!) { respondToCoAuthorInvitation(caseStudyId: $id, accept: true) }`
            : `mutation($id: ID!) { respondToCoMaintainerInvitation(componentId: $id, accept: true) }`;
        expect((await nottingham.graphql(respond, { id })).errors).toBeUndefined();
      }
      if (options.publish)
        await made(
          content.derbyEditor,
          kind === 'case study' ? 'publishCaseStudy' : 'publishComponent',
          { id },
        );
    };
    await derbyLed('case study', 'Sedge co-authored study', { accept: true, publish: true });
    await derbyLed('component', 'Sedge co-maintained component', { accept: true, publish: true });
    await derbyLed('case study', 'Sedge co-authored draft', { accept: true, publish: false });
    await derbyLed('case study', 'Sedge invitation not accepted', { accept: false, publish: true });
    await derbyLed('component', 'Sedge maintainer not accepted', { accept: false, publish: true });
    await harness.app.get(SearchIndexer).settle();

    const titles = (feed: string) =>
      readAtom(feed)
        .entries.map((entry) => entry.title)
        .filter((title) => title.startsWith('Sedge'))
        .sort();
    expect(titles((await get('/feeds/councils/NOT.atom', nottingham.cookie)).text)).toEqual([
      'Sedge co-authored study',
      'Sedge co-maintained component',
    ]);
    // The lead's feed has all it published, whoever else took part.
    expect(titles((await get('/feeds/councils/DER.atom')).text)).toEqual([
      'Sedge co-authored study',
      'Sedge co-maintained component',
      'Sedge invitation not accepted',
      'Sedge maintainer not accepted',
    ]);
  });

  it('keeps the search page’s filters, and links back to the same search', async () => {
    const response = await get(
      '/feeds/search.atom?q=quillwort&type=case-study&serviceAreas=Adult+social+care&sort=newest',
    );
    expect(response.status).toBe(200);
    const feed = readAtom(response.text);
    expect(feed.entries.map((entry) => [entry.title, entry.category])).toEqual([
      ['Quillwort published case study', 'Case study'],
    ]);
    expect(feed.title).toBe('LGX search: “quillwort”');
    expect(feed.links).toEqual([
      {
        rel: 'alternate',
        href: 'http://lgx.test/search?q=quillwort&type=case-study&serviceAreas=Adult+social+care',
      },
      {
        rel: 'self',
        href: 'http://lgx.test/feeds/search.atom?q=quillwort&type=case-study&serviceAreas=Adult+social+care',
      },
    ]);
    const none = readAtom((await get('/feeds/search.atom?q=quillwort&serviceAreas=Housing')).text);
    expect(none.entries).toEqual([]);
  });

  it('shows titles and summaries exactly as written, markup and all', async () => {
    const title = `Bins & <recycling> "R&D" isn't ]]> &amp; done`;
    const id = await made(content.derbyEditor, 'createCaseStudy', {
      input: caseStudyInput('Escaping case study'),
    });
    await made(content.derbyEditor, 'publishCaseStudy', { id });
    // The rules may refuse some of these characters in a title; the store and a feed must not.
    await harness.dataSource.query(`UPDATE case_study SET title = $2, summary = $2 WHERE id = $1`, [
      id,
      title,
    ]);
    await harness.app.get(SearchIndexer).settle();
    const response = await get('/feeds/search.atom?type=case-study');
    const entry = readAtom(response.text).entries.find((candidate) => candidate.link.endsWith(id));
    expect(entry).toMatchObject({ title, summary: title });
    expect(response.text).not.toContain('<recycling>');
  });

  it('is Atom, cached for a few minutes, and answers 304 to a reader that has it', async () => {
    const response = await get('/feeds/councils/DER.atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['etag']).toBeTruthy();
    expect(Date.parse(response.headers['last-modified']!)).toBe(
      Math.floor(Date.parse(readAtom(response.text).updated) / 1000) * 1000,
    );
    const again = await get('/feeds/councils/DER.atom').set(
      'if-none-match',
      response.headers['etag']!,
    );
    expect(again.status).toBe(304);
    expect(rateLimitRuleFor('/feeds/search.atom')?.name).toBe('feeds');
  });

  it.each([
    [
      'an unknown parameter',
      '/feeds/search.atom?q=x&colour=red',
      '"colour" is not a search filter',
    ],
    [
      'an unknown type',
      '/feeds/search.atom?type=recipe',
      '"recipe" is not a content type a feed can list: choose from case-study, component, contract.',
    ],
    [
      'an officers-only type',
      '/feeds/search.atom?type=supplier-experience',
      '"supplier-experience" is not a content type a feed can list',
    ],
    ['the register, which has no dates', '/feeds/search.atom?type=council', '"council" is not'],
    ['words given twice', '/feeds/search.atom?q=a&q=b', 'Give "q" once.'],
    ['too many words', `/feeds/search.atom?q=${'a'.repeat(201)}`, '200 characters or fewer'],
    ['a bad "former"', '/feeds/search.atom?former=no', '"former" can only be "yes"'],
    ['a malformed council', '/feeds/search.atom?near=%3Cscript%3E', 'register code, such as DER'],
    ['a council not in the register', '/feeds/search.atom?near=ZZZ', 'Choose a council'],
    [
      'a filter the chosen type lacks',
      '/feeds/search.atom?type=contract&serviceAreas=Housing',
      '"serviceAreas" is not a filter for these results.',
    ],
  ])('refuses %s with 400 and what to do', async (_, path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toContain(message);
  });

  it('answers 404 for a council not in the register', async () => {
    const response = await get('/feeds/councils/ZZZ.atom');
    expect(response.status).toBe(404);
    expect(response.body.errors[0].message).toContain('There is no council "ZZZ"');
  });
});

describe('feeds beside the web app', () => {
  it('answers a browser asking for a feed with the feed, never the web app', async () => {
    const harness = await bootApiServingWeb({});
    try {
      await harness.app.get(SearchIndexer).settle();
      const response = await harness
        .http()
        .get('/feeds/search.atom')
        .set('accept', 'text/html,application/xhtml+xml');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(readAtom(response.text).entries).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
