import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(
      renderMarkdown('## Lessons\n\n- **Start small**\n- [Report](https://example.gov.uk/report)'),
    ).toBe(
      '<h2>Lessons</h2>\n<ul>\n<li><strong>Start small</strong></li>\n<li><a href="https://example.gov.uk/report" rel="noopener noreferrer nofollow">Report</a></li>\n</ul>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['<a href="javascript:alert(1)">x</a>'],
    ['[click](javascript:alert(1))'],
    ['[click](JaVaScRiPt:alert(1))'],
    ['[click](data:text/html;base64,PHNjcmlwdD4=)'],
    ['![x](https://evil.example/track.png)'],
    ['<svg onload=alert(1)>'],
    ['<iframe src="https://evil.example"></iframe>'],
  ])('renders %p inert', (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<script|<img[^>]+onerror|<svg|<iframe|href="(javascript|data):/i);
    expect(html).not.toMatch(/src="https:\/\/evil/);
  });

  it('keeps images from LGX attachments', () => {
    expect(renderMarkdown('![Chart](/attachments/abc123/chart.png)')).toContain(
      '<img src="/attachments/abc123/chart.png" alt="Chart">',
    );
  });
});
