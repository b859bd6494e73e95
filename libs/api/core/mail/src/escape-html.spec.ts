import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Confirm your email address – LGX')).toBe('Confirm your email address – LGX');
  });
});
