import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toDocx } from './docx';

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
});
