import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnWidths, toDocx } from './docx';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

describe('DOCX export', () => {
  it('writes an editable document with letterhead, title, a table with a repeated header, and page numbers', async () => {
    const bytes = await toDocx({
      letterhead: ['Организация Договора о коллективной безопасности', 'Председательство Республики Таджикистан, 2015'],
      title: 'Список участников',
      subtitle: 'Заседание Совета министров иностранных дел, 2 апреля 2015 г.',
      sections: [
        {
          heading: 'Армения',
          table: { header: ['Имя', 'Должность'], rows: [['Эдвард Налбандян', 'Министр иностранных дел']], widths: [1, 2] },
        },
      ],
      language: 'ru-RU',
      pageLabel: 'Стр. {page} из {pages}',
    });
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const xml = await documentXml(bytes);
    for (const text of [
      'Организация Договора о коллективной безопасности',
      'Список участников',
      'Армения',
      'Эдвард Налбандян',
      'Министр иностранных дел',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml).toContain('<w:tblHeader/>');
    const zip = await JSZip.loadAsync(bytes);
    const footers = Object.keys(zip.files).filter((f) => f.startsWith('word/footer'));
    const footer = (await zip.file(footers[0] ?? '')?.async('string')) ?? '';
    expect(footer).toContain('Стр. ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('escapes markup in text instead of interpreting it', async () => {
    const xml = await documentXml(
      await toDocx({ letterhead: [], title: '<w:r>evil</w:r> & co', sections: [], language: 'en-GB', pageLabel: 'Page {page} of {pages}' }),
    );
    expect(xml).toContain('&lt;w:r&gt;evil&lt;/w:r&gt; &amp; co');
  });

  it('sizes columns to their contents: none narrower than its longest word, an empty signature column given room', () => {
    const table = {
      header: ['No.', 'Delegation', 'Name', 'Position', 'Signature'],
      rows: [
        ['1', 'Kazakhstan', 'H.E. Mr Erlan Idrissov', 'Minister of Foreign Affairs of the Republic of Kazakhstan', ''],
        ['2', 'Kyrgyzstan', 'H.E. Mr Erlan Abdyldaev', 'Minister of Foreign Affairs', ''],
      ],
      widths: [1, 2, 5, 5, 4],
    };
    const widths = columnWidths(table, 9_026);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9_026);
    const [number = 0, delegation = 0, name = 0, position = 0, signature = 0] = widths;
    // "Delegation" and "Kazakhstan" take more than "No." and "1"; the signature column more than its header.
    expect(delegation).toBeGreaterThan(number * 1.5);
    expect(signature).toBeGreaterThan(delegation);
    expect(name).toBeGreaterThan(delegation);
    expect(position).toBeGreaterThan(name);
    // A page too narrow for the words still gets a table no wider than the page.
    expect(columnWidths(table, 2_000).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2_000);
  });

  it('embeds a drawing as SVG with its PNG fallback, scaled to fit an A3 landscape page', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="500"><rect width="2000" height="500" fill="#fff"/></svg>';
    // A 1 × 1 white PNG.
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), (c) =>
      c.charCodeAt(0),
    );
    const bytes = await toDocx({
      letterhead: [],
      title: 'Seating plan',
      sections: [{ paragraphs: ['Round table'], image: { svg, png, width: 2000, height: 500, description: 'Seating plan drawing' } }],
      landscape: true,
      paper: 'A3',
      language: 'en-GB',
      pageLabel: 'Page {page} of {pages}',
    });
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(1);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(1);
    expect(await zip.file(media.find((f) => f.endsWith('.svg')) ?? '')?.async('string')).toBe(svg);
    const xml = await documentXml(bytes);
    expect(xml).toContain('descr="Seating plan drawing"');
    expect(xml).toContain('asvg:svgBlip');
    // A3 landscape: 420 × 297 mm; the drawing as wide as the text, 420 mm less 2 inches of margins (1 inch = 914,400 EMU).
    expect(xml).toMatch(/<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"\/>/);
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
    expect(Number(extent?.[1]) / 914_400).toBeCloseTo((23_811 - 2_880) / 1_440, 1);
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(4, 1);
  });
});
