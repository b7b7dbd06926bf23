/**
 * The mission report as a PDF to send as is: the same content as the Word version, with vote
 * results drawn as bar charts (pdfmake canvas) and page numbers.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { LABELS } from '../exports/labels.ts';
import { PDF_COLORS, renderPdf } from '../exports/pdf.ts';
import type { ReportModel } from './report-model.ts';
import type { ResultBlock, ResultRow } from './summarise.ts';

const BAR_WIDTH = 160;
const BAR_HEIGHT = 8;

const th = (text: string): TableCell => ({ text, style: 'th' });

function barCell(share: number): TableCell {
  const w = Math.max(share > 0 ? 2 : 0, share * BAR_WIDTH);
  return {
    canvas: [{ type: 'rect', x: 0, y: 1, w, h: BAR_HEIGHT, color: '#2E5597' }],
    // The chart is decoration: the number is in the cell before it.
  } as TableCell;
}

function table(head: string[], rows: ResultRow[]): Content {
  const withBars = rows.some((r) => r.bar !== undefined);
  const widths = [...head.map((_, i) => (i === 0 ? '*' : 'auto')), ...(withBars ? [BAR_WIDTH + 4] : [])];
  return {
    table: {
      headerRows: 1,
      widths,
      body: [
        [...head.map(th), ...(withBars ? [th('')] : [])],
        ...rows.map((r) => [
          ...r.cells.map((c): TableCell => ({ text: c })),
          ...(withBars ? [barCell(r.bar ?? 0)] : []),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 8],
  };
}

function block(b: ResultBlock): Content[] {
  const out: Content[] = [
    { text: b.title, bold: true, fontSize: 11, margin: [0, 8, 0, 2] },
    { text: b.summary, italics: true, color: PDF_COLORS.muted, margin: [0, 0, 0, 2] },
  ];
  if (b.table) out.push(table(b.table.head, b.table.rows));
  if (b.lines.length > 0) out.push({ ul: b.lines, margin: [0, 2, 0, 6] });
  return out;
}

export function renderReportPdf(m: ReportModel): Promise<Buffer> {
  const l = m.labels;
  const h1 = (text: string): Content => ({ text, style: 'day', fontSize: 16, pageBreak: 'before' });
  const h2 = (text: string): Content => ({ text, style: 'day' });
  const content: Content[] = [
    { text: m.title, style: 'title', fontSize: 26, margin: [0, 160, 0, 8] },
    { text: l.report, style: 'subtitle', fontSize: 14 },
    ...m.cover.map(
      ([k, v]): Content => ({ text: [{ text: `${k} : `, bold: true }, v], margin: [0, 0, 0, 3] }),
    ),
    { text: m.generatedOn, italics: true, color: PDF_COLORS.muted, margin: [0, 12, 0, 0] },
  ];
  if (m.introduction)
    content.push(
      h1(l.introduction),
      ...m.introduction.split(/\n{2,}/).map((t): Content => ({ text: t, margin: [0, 0, 0, 6] })),
    );
  if (m.context) {
    content.push(h1(l.context), { text: m.context.text, margin: [0, 0, 0, 6] });
    if (m.context.goals.length > 0) content.push(h2(l.goals), { ul: m.context.goals });
  }
  if (m.programme)
    content.push(
      h1(l.programme),
      table(
        m.programme.head,
        m.programme.rows.map((cells) => ({ cells })),
      ),
    );
  if (m.workshops) {
    content.push(h1(l.workshops));
    for (const w of m.workshops) {
      content.push(h2(`${w.title} (${w.dates})`));
      if (w.sessions.length === 0) content.push({ text: l.noLiveSession, italics: true });
      for (const s of w.sessions) {
        content.push({ text: s.heading, bold: true, fontSize: 12, margin: [0, 6, 0, 2] });
        for (const b of s.blocks) content.push(...block(b));
      }
    }
  }
  if (m.photos) {
    content.push(h1(l.photos));
    if (m.photos.length === 0) content.push({ text: l.noPhotos, italics: true });
    for (const p of m.photos)
      content.push({
        stack: [
          { image: `data:image/jpeg;base64,${p.jpeg.toString('base64')}`, fit: [515, 360] },
          {
            text: [p.caption, p.workshopTitle].filter(Boolean).join(' — '),
            italics: true,
            margin: [0, 2, 0, 10],
          },
        ],
        unbreakable: true,
      });
  }
  if (m.themes) {
    content.push(h1(l.themes));
    if (m.themes.length === 0) content.push({ text: l.noThemes, italics: true });
    for (const t of m.themes) {
      content.push(h2(`${t.name} — ${l.themeCount(t.count)}`));
      if (t.keyTerms.length > 0)
        content.push({ text: `${l.keyTerms} : ${t.keyTerms.join(', ')}`, color: PDF_COLORS.muted });
      for (const v of t.verbatims)
        content.push({
          margin: [16, 4, 0, 4],
          stack: [
            { text: `« ${v.text} »`, italics: true },
            { text: `— ${v.author}, ${v.source}`, color: PDF_COLORS.muted, fontSize: 8.5 },
          ],
        });
    }
  }
  if (m.annex)
    content.push(
      h1(l.annex),
      table(
        m.annex.head,
        m.annex.rows.map((cells) => ({ cells })),
      ),
    );
  return renderPdf({ title: m.title, labels: LABELS[m.locale], content });
}
