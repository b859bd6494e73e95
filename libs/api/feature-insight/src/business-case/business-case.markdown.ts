import type { Block, Inline } from './business-case.document';

/** Text safe in Markdown: its punctuation escaped, so a title cannot become a link or a table. */
const text = (value: string) =>
  value.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

const inline = (part: Inline) =>
  typeof part === 'string'
    ? text(part)
    : `[${text(part.text)}](<${part.link.replace(/[<>\s]/g, encodeURIComponent)}>)`;

const line = (parts: readonly Inline[]) => parts.map(inline).join('');

function block(item: Block): string {
  switch (item.kind) {
    case 'title':
      return `# ${text(item.text)}`;
    case 'heading':
      return `${'#'.repeat(item.level)} ${text(item.text)}`;
    case 'paragraph':
      return line(item.parts);
    case 'prompt':
      return `_${text(item.text)}_`;
    case 'bullets':
      return item.items.map((parts) => `- ${line(parts)}`).join('\n');
    case 'table':
      return [
        `| ${item.header.map(text).join(' | ')} |`,
        `| ${item.header.map(() => '---').join(' | ')} |`,
        ...item.rows.map((row) => `| ${row.map(line).join(' | ')} |`),
      ].join('\n');
  }
}

/** The business case as Markdown (CommonMark with GitHub tables). */
export function businessCaseMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(block).join('\n\n')}\n`;
}
