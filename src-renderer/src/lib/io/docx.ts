// Printable lists as editable Word documents (docx). The docx package is large, so it is
// loaded only when a document is made.
import type { IRunOptions } from 'docx';

export interface DocxTable {
  header: string[];
  rows: string[][];
  /** Relative column widths; equal when omitted. */
  widths?: number[];
}

export interface DocxSection {
  heading?: string;
  paragraphs?: string[];
  table?: DocxTable;
}

export interface DocxDocument {
  /** Lines above the title, e.g. the organization and the chairmanship. */
  letterhead: string[];
  title: string;
  subtitle?: string;
  sections: DocxSection[];
  landscape?: boolean;
  /** Document language, e.g. 'ru-RU', for spelling and hyphenation in Word. */
  language: string;
  /** "Page {page} of {pages}" with the two placeholders, in the document's language. */
  pageLabel: string;
}

export async function toDocx(doc: DocxDocument): Promise<Uint8Array> {
  const d = await import('docx');
  const text = (value: string, options: { strong?: boolean; size?: number } = {}): InstanceType<typeof d.TextRun> => {
    // Typed separately: TextRun also accepts a plain string, whose deprecated .bold() the
    // linter would otherwise match.
    const run: IRunOptions = {
      text: value,
      bold: options.strong,
      size: options.size,
      font: 'Noto Sans',
      language: { value: doc.language },
    };
    return new d.TextRun(run);
  };

  const table = (t: DocxTable): InstanceType<typeof d.Table> => {
    const widths = t.widths ?? t.header.map(() => 1);
    const total = widths.reduce((a, b) => a + b, 0);
    const cell = (value: string, strong = false, width = 1): InstanceType<typeof d.TableCell> =>
      new d.TableCell({
        width: { size: Math.round((width / total) * 100), type: d.WidthType.PERCENTAGE },
        children: [new d.Paragraph({ children: [text(value, { strong, size: 20 })] })],
      });
    return new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [
        new d.TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, true, widths[i])) }),
        ...t.rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, false, widths[i])) })),
      ],
    });
  };

  const [before = '', after = ''] = doc.pageLabel.split('{page}');
  const [middle = '', end = ''] = after.split('{pages}');
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [
          new d.TextRun({ children: [before, d.PageNumber.CURRENT, middle, d.PageNumber.TOTAL_PAGES, end], size: 18, font: 'Noto Sans' }),
        ],
      }),
    ],
  });

  const children = [
    ...doc.letterhead.map((line) => new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [text(line, { size: 20 })] })),
    new d.Paragraph({
      heading: d.HeadingLevel.TITLE,
      alignment: d.AlignmentType.CENTER,
      spacing: { before: 240 },
      children: [text(doc.title, { strong: true, size: 32 })],
    }),
    ...(doc.subtitle ? [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [text(doc.subtitle, { size: 22 })] })] : []),
    ...doc.sections.flatMap((s) => [
      ...(s.heading
        ? [
            new d.Paragraph({
              heading: d.HeadingLevel.HEADING_2,
              spacing: { before: 240 },
              children: [text(s.heading, { strong: true, size: 24 })],
            }),
          ]
        : []),
      ...(s.paragraphs ?? []).map((p) => new d.Paragraph({ children: [text(p)] })),
      ...(s.table ? [table(s.table)] : []),
    ]),
  ];

  const document = new d.Document({
    creator: 'Chairdesk',
    title: doc.title,
    sections: [
      {
        properties: { page: { size: { orientation: doc.landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT } } },
        footers: { default: footer },
        children,
      },
    ],
  });
  const blob = await d.Packer.toBlob(document);
  return new Uint8Array(await blob.arrayBuffer());
}
