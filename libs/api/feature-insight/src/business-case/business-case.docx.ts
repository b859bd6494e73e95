import {
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import type { Block, Inline } from './business-case.document';

const run = (part: Inline) =>
  typeof part === 'string'
    ? new TextRun(part)
    : new ExternalHyperlink({
        link: part.link,
        children: [new TextRun({ text: part.text, style: 'Hyperlink' })],
      });

const paragraph = (parts: readonly Inline[]) => new Paragraph({ children: parts.map(run) });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function table(
  header: readonly string[],
  rows: readonly (readonly (readonly Inline[])[])[],
): Table {
  const cell = (parts: readonly Inline[], bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: parts.map((part) =>
            bold && typeof part === 'string' ? new TextRun({ text: part, bold }) : run(part),
          ),
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((title) => cell([title], true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((parts) => cell(parts)) })),
    ],
  });
}

function children(item: Block): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'title':
      return [new Paragraph({ text: item.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [
        new Paragraph({
          text: item.text,
          heading: item.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        }),
      ];
    case 'paragraph':
      return [paragraph(item.parts)];
    case 'prompt':
      return [new Paragraph({ children: [new TextRun({ text: item.text, italics: true })] })];
    case 'bullets':
      return item.items.map(
        (parts) => new Paragraph({ children: parts.map(run), bullet: { level: 0 } }),
      );
    case 'table':
      // An empty paragraph after a table, so the next heading does not stick to it in Word.
      return [table(item.header, item.rows), new Paragraph('')];
  }
}

/** The business case as an editable Word document: real headings, paragraphs, tables and links. */
export async function businessCaseDocx(blocks: readonly Block[], title: string): Promise<Buffer> {
  const document = new Document({
    title,
    creator: 'LGX, the LocalGov Exchange',
    sections: [{ children: blocks.flatMap(children) }],
  });
  return Packer.toBuffer(document);
}
