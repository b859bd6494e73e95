import MarkdownIt from 'markdown-it';

/** Where images may come from: LGX's own attachments only. */
const ALLOWED_IMAGE = /^\/attachments\/[A-Za-z0-9_-]+(?:\/[A-Za-z0-9._-]+)?$/;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Raw HTML is escaped (html: false), and markdown-it's link validation already
// refuses javascript:, vbscript:, file: and data: URLs. Images from anywhere
// else than our attachments are shown as their alt text instead.
markdown.renderer.rules.image = (tokens, index) => {
  const token = tokens[index]!;
  const src = token.attrGet('src') ?? '';
  const alt = markdown.utils.escapeHtml(token.content);
  return ALLOWED_IMAGE.test(src)
    ? `<img src="${markdown.utils.escapeHtml(src)}" alt="${alt}">`
    : alt;
};

const defaultLink =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const href = tokens[index]!.attrGet('href') ?? '';
  if (/^https?:\/\//i.test(href)) tokens[index]!.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLink(tokens, index, options, env, self);
};

/** Renders Markdown written by people (case studies, component descriptions) to HTML that is safe to put in the page. */
export function renderMarkdown(source: string): string {
  return markdown.render(source ?? '');
}
