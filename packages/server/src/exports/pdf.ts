/**
 * pdfmake on the server: Roboto (shipped inside the pdfmake package) is embedded as a
 * Unicode TrueType font, so é, œ, «», ’, – and · print and stay extractable, which the
 * standard PDF fonts (WinAnsi only) would not guarantee for every text a facilitator types.
 * pdfmake may read only those four font files and no URL, so no text of a run of show can make
 * it read the disk or the network.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Labels } from './labels.ts';

let ready = false;

function setUp(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const roboto = {
    normal: join(dir, 'Roboto-Regular.ttf'),
    bold: join(dir, 'Roboto-Medium.ttf'),
    italics: join(dir, 'Roboto-Italic.ttf'),
    bolditalics: join(dir, 'Roboto-MediumItalic.ttf'),
  };
  const allowed = new Set(Object.values(roboto));
  pdfmake.setFonts({ Roboto: roboto });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  ready = true;
}

export const PDF_COLORS = { header: '#1F3864', break: '#E7E6E6', notes: '#9C2A00', muted: '#595959' };

export const PDF_STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 12, color: PDF_COLORS.muted, margin: [0, 0, 0, 12] },
  day: { fontSize: 14, bold: true, color: PDF_COLORS.header, margin: [0, 14, 0, 6] },
  th: { bold: true, color: '#FFFFFF', fillColor: PDF_COLORS.header },
  detailLabel: { bold: true, fontSize: 8.5, margin: [0, 3, 0, 0] },
  detail: { fontSize: 8.5 },
  notes: { italics: true, color: PDF_COLORS.notes },
};

/** A4 document with a "Page n of N" footer and the document title on the left. */
export function renderPdf(opts: { title: string; labels: Labels; content: Content[] }): Promise<Buffer> {
  setUp();
  const { title, labels } = opts;
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title, creator: 'Cercle', producer: 'Cercle' },
    language: labels.intl,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: PDF_STYLES,
    content: opts.content,
    footer: (current, total) => ({
      margin: [40, 12, 40, 0],
      fontSize: 8,
      color: PDF_COLORS.muted,
      columns: [{ text: title }, { text: labels.page(current, total), alignment: 'right' }],
    }),
  };
  return pdfmake.createPdf(doc).getBuffer();
}

/** "Label : value" lines of the title block. */
export function factLines(facts: [string, string][], labels: Labels): Content[] {
  return facts.map(([label, value]) => ({
    text: [{ text: `${label}${labels.colon}`, bold: true }, value],
    margin: [0, 0, 0, 3],
  }));
}
