import { businessCaseMarkdown } from './business-case.markdown';

describe('the business case as Markdown', () => {
  it('escapes what people wrote, so a title cannot become a link, a heading or a table cell', () => {
    const markdown = businessCaseMarkdown([
      { kind: 'title', text: '# [Click](https://evil.example) | x' },
      {
        kind: 'table',
        header: ['Case | study'],
        rows: [[[{ text: 'A [b] | c', link: 'https://lgx.example/case-studies/1' }]]],
      },
    ]);
    expect(markdown).toBe(
      [
        '# \\# \\[Click\\](https://evil.example) \\| x',
        '',
        '| Case \\| study |',
        '| --- |',
        '| [A \\[b\\] \\| c](<https://lgx.example/case-studies/1>) |',
        '',
      ].join('\n'),
    );
  });
});
