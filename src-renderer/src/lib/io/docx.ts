// Printable lists as editable Word documents (docx). The docx package is large, so it is
// loaded only when a document is made.
import type { IRunOptions } from 'docx';

export interface DocxTable {
  header: string[];
  rows: string[][];
  /** Relative column widths; equal when omitted. */
  widths?: number[];
}

/** A drawing: an SVG file, with the same drawing as PNG for readers that cannot show SVG. */
export interface DocxImage {
  svg: string;
  png: Uint8Array;
  /** The drawing's own size in CSS pixels; it is scaled to fit the page, its proportions kept. */
  width: number;
  height: number;
  /** What the drawing shows, for those who cannot see it (the alt text). */
  description: string;
}

export interface DocxSection {
  heading?: string;
  paragraphs?: string[];
  /** Below the paragraphs, centred, before the table. */
  image?: DocxImage;
  table?: DocxTable;
}

export interface DocxDocument {
  /** Lines above the title, e.g. the organization and the chairmanship. */
  letterhead: string[];
  title: string;
  subtitle?: string;
  sections: DocxSection[];
  landscape?: boolean;
  /** A4 unless said. */
  paper?: 'A4' | 'A3';
  /** Document language, e.g. 'ru-RU', for spelling and hyphenation in Word. */
  language: string;
  /** "Page {page} of {pages}" with the two placeholders, in the document's language. */
  pageLabel: string;
}

// Paper sizes (portrait), in twips (1/20 pt); the text area is the page less Word's default
// margins of 1 inch each side.
const PAPER = { A4: { width: 11_906, height: 16_838 }, A3: { width: 16_838, height: 23_811 } } as const;
const MARGINS = 2 * 1_440;
// What the letterhead, the title, the subtitle and two lines of text take above a drawing on
// the first page, so that the drawing fits under them.
const ABOVE_DRAWING = 3_600;
const TWIPS_PER_PIXEL = 15;

function textArea(doc: Pick<DocxDocument, 'landscape' | 'paper'>): { width: number; height: number } {
  const paper = PAPER[doc.paper ?? 'A4'];
  const [width, height] = doc.landscape ? [paper.height, paper.width] : [paper.width, paper.height];
  return { width: width - MARGINS, height: height - MARGINS };
}

/** A drawing's size on the page in pixels: its own, shrunk to fit below the title, proportions kept. */
function imageSize(
  image: Pick<DocxImage, 'width' | 'height'>,
  doc: Pick<DocxDocument, 'landscape' | 'paper'>,
): { width: number; height: number } {
  const area = textArea(doc);
  const scale = Math.min(area.width / TWIPS_PER_PIXEL / image.width, (area.height - ABOVE_DRAWING) / TWIPS_PER_PIXEL / image.height);
  return { width: Math.floor(image.width * scale), height: Math.floor(image.height * scale) };
}
// A cell's left and right margins (Word's default, 0.08 inch each).
const CELL_PADDING = 2 * 108;
// Table text is 10 pt: a character's advance in twips, by kind. The document asks for Noto Sans,
// but the reader may not have it and fall back to a wider face (LibreOffice on Linux takes
// DejaVu Sans; Word, Calibri or Arial): the estimate is DejaVu Sans's, the widest of them
// (narrow punctuation and i l about a third of an em, lower case 0.62, capitals and digits
// 0.74, M W Ж Ш Щ Ю Ф a full em; bold 10% wider), so that a word fits where it is measured to.
function textWidth(value: string, strong: boolean): number {
  let em = 0;
  for (const ch of value) {
    if (/[ .,:;'!|()ilIj]/.test(ch)) em += 0.34;
    else if (/[MWmwЖШЩЮФжшщюф@%—]/.test(ch)) em += 1;
    else if (ch !== ch.toLowerCase() || /\d/.test(ch)) em += 0.74;
    else em += 0.62;
  }
  return Math.ceil(em * 200 * (strong ? 1.1 : 1));
}

const longestWord = (value: string, strong: boolean): number => Math.max(0, ...value.split(/\s+/).map((w) => textWidth(w, strong)));

/**
 * Column widths (twips) that fit their contents: no column narrower than its longest word (so
 * "No.", "Delegation" and "Kazakhstan" never break mid-word), each as wide as its longest line
 * when the page allows, the room left shared by the `widths` weights (an empty column, such as
 * the signatures, gets its share from them).
 */
export function columnWidths(t: DocxTable, available: number): number[] {
  const weights = t.widths ?? t.header.map(() => 1);
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  const columns = t.header.map((header, i) => {
    const body = t.rows.map((r) => r[i] ?? '');
    // A word gets an eighth more than measured: the estimate is of one face, the reader's may differ.
    const min = Math.ceil(Math.max(longestWord(header, true), ...body.map((v) => longestWord(v, false))) * 1.125) + CELL_PADDING;
    // No column asks for more than 40% of the page: a long title wraps before a name does.
    const full = Math.min(Math.max(textWidth(header, true), ...body.map((v) => textWidth(v, false))) + CELL_PADDING, available * 0.4);
    const share = (available * (weights[i] ?? 1)) / totalWeight;
    // A column with nothing in it but its header wants its share of the page.
    const wanted = body.every((v) => !v.trim()) ? Math.max(full, share) : full;
    return { min, wanted: Math.max(min, wanted) };
  });
  const minTotal = columns.reduce((a, c) => a + c.min, 0);
  const wantedTotal = columns.reduce((a, c) => a + c.wanted, 0);
  if (minTotal >= available) return columns.map((c) => Math.floor((c.min * available) / minTotal));
  if (wantedTotal <= available) {
    // Everything fits on one line: the room left goes by the weights.
    const spare = available - wantedTotal;
    return columns.map((c, i) => Math.floor(c.wanted + (spare * (weights[i] ?? 1)) / totalWeight));
  }
  // Words whole, and the rest shared by how much more each column would like.
  const spare = available - minTotal;
  const more = wantedTotal - minTotal;
  return columns.map((c) => Math.floor(c.min + (spare * (c.wanted - c.min)) / more));
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
    const widths = columnWidths(t, textArea(doc).width);
    const cell = (value: string, strong = false, width = 0): InstanceType<typeof d.TableCell> =>
      new d.TableCell({
        width: { size: width, type: d.WidthType.DXA },
        children: [new d.Paragraph({ children: [text(value, { strong, size: 20 })] })],
      });
    // Fixed widths in twips: Word and LibreOffice both keep them (percentages they re-balance).
    return new d.Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      rows: [
        new d.TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, true, widths[i])) }),
        ...t.rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, false, widths[i])) })),
      ],
    });
  };

  const picture = (image: DocxImage): InstanceType<typeof d.Paragraph> =>
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      children: [
        new d.ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(image.svg),
          fallback: { type: 'png', data: image.png },
          transformation: imageSize(image, doc),
          altText: { name: doc.title, title: doc.title, description: image.description },
        }),
      ],
    });

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
      ...(s.image ? [picture(s.image)] : []),
      ...(s.table ? [table(s.table)] : []),
    ]),
  ];

  const document = new d.Document({
    creator: 'Chairdesk',
    title: doc.title,
    sections: [
      {
        properties: {
          page: {
            size: { ...PAPER[doc.paper ?? 'A4'], orientation: doc.landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  const blob = await d.Packer.toBlob(document);
  return new Uint8Array(await blob.arrayBuffer());
}
