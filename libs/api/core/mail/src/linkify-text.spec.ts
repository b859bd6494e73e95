import { linkifyText } from './linkify-text';

describe('linkifyText', () => {
  it('makes http(s) links clickable and escapes the rest', () => {
    expect(linkifyText('Hi <Ann>,\nopen https://lgx.test/verify?token=a&b=1 to confirm.')).toBe(
      'Hi &lt;Ann&gt;,\nopen <a class="govuk-link" href="https://lgx.test/verify?token=a&amp;b=1">' +
        'https://lgx.test/verify?token=a&amp;b=1</a> to confirm.',
    );
  });

  it('leaves the punctuation that ends a sentence outside the link', () => {
    expect(linkifyText('(see http://127.0.0.1:3000/a).')).toBe(
      '(see <a class="govuk-link" href="http://127.0.0.1:3000/a">http://127.0.0.1:3000/a</a>).',
    );
  });

  it('never links other schemes, and cannot be made to break out of the attribute', () => {
    expect(linkifyText('javascript:alert(1) data:text/html,x')).toBe(
      'javascript:alert(1) data:text/html,x',
    );
    expect(linkifyText('https://x.test/"onmouseover="alert(1)')).toBe(
      '<a class="govuk-link" href="https://x.test/">https://x.test/</a>&quot;onmouseover=&quot;alert(1)',
    );
  });

  it('links every link in the text', () => {
    const html = linkifyText('https://a.test and https://b.test');
    expect(html.match(/<a /g)).toHaveLength(2);
  });
});
