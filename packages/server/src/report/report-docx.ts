/**
 * The mission report as a Word document the facilitator can rework with the client: cover,
 * introduction, context, programme, each workshop's results (bars drawn with block characters,
 * which survive any editing), themes with verbatims, and the annex of every contribution.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportModel } from './report-model.ts';
import type { ResultBlock } from './summarise.ts';

const FONT = 'Calibri';
const HEADER_FILL = '1F3864';
const BAR_COLOR = '2E5597';
const MUTED = '595959';

const p = (text: string, opts: { bold?: boolean; italics?: boolean; color?: string } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...opts })] });

/** Multi-line text as one paragraph with line breaks (notes and forms keep their lines). */
const lines = (text: string) =>
  new Paragraph({
    children: text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
  });

function table(head: string[], rows: { cells: string[]; bar?: number | undefined }[]): Table {
  const withBars = rows.some((r) => r.bar !== undefined);
  const header = new TableRow({
    tableHeader: true,
    children: [...head, ...(withBars ? [''] : [])].map(
      (h) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          children: [new Paragraph({ children: [new TextRun({ text: h, bold: true, color: 'FFFFFF' })] })],
        }),
    ),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        children: [
          ...r.cells.map((c) => new TableCell({ children: [lines(c)] })),
          ...(withBars
            ? [
                new TableCell({
                  children: [
                    p('█'.repeat(Math.max(r.bar && r.bar > 0 ? 1 : 0, Math.round((r.bar ?? 0) * 20))), {
                      color: BAR_COLOR,
                    }),
                  ],
                }),
              ]
            : []),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

function resultBlock(b: ResultBlock): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun(b.title)] }),
    p(b.summary, { italics: true, color: MUTED }),
  ];
  if (b.table) out.push(table(b.table.head, b.table.rows));
  for (const line of b.lines)
    out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] }));
  return out;
}

export async function renderReportDocx(m: ReportModel): Promise<Buffer> {
  const l = m.labels;
  const h = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
    new Paragraph({ heading: level, children: [new TextRun(text)] });
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m.title)] }),
    p(l.report, { bold: true, color: MUTED }),
    ...m.cover.map(
      ([k, v]) => new Paragraph({ children: [new TextRun({ text: `${k} : `, bold: true }), new TextRun(v)] }),
    ),
    p(m.generatedOn, { italics: true, color: MUTED }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  if (m.introduction)
    body.push(h(HeadingLevel.HEADING_1, l.introduction), ...m.introduction.split(/\n{2,}/).map(lines));
  if (m.context) {
    body.push(h(HeadingLevel.HEADING_1, l.context), lines(m.context.text));
    if (m.context.goals.length > 0)
      body.push(
        h(HeadingLevel.HEADING_2, l.goals),
        ...m.context.goals.map((g) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(g)] })),
      );
  }
  if (m.programme)
    body.push(
      h(HeadingLevel.HEADING_1, l.programme),
      table(
        m.programme.head,
        m.programme.rows.map((cells) => ({ cells })),
      ),
    );
  if (m.workshops) {
    body.push(h(HeadingLevel.HEADING_1, l.workshops));
    for (const w of m.workshops) {
      body.push(h(HeadingLevel.HEADING_2, `${w.title} (${w.dates})`));
      if (w.sessions.length === 0) body.push(p(l.noLiveSession, { italics: true }));
      for (const s of w.sessions) {
        body.push(h(HeadingLevel.HEADING_3, s.heading));
        for (const b of s.blocks) body.push(...resultBlock(b));
      }
    }
  }
  if (m.photos) {
    body.push(h(HeadingLevel.HEADING_1, l.photos));
    if (m.photos.length === 0) body.push(p(l.noPhotos, { italics: true }));
    for (const photo of m.photos) {
      // 16 cm wide at most (600 px at 96 dpi), height kept in proportion.
      const width = Math.min(600, photo.width);
      body.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'jpg',
              data: photo.jpeg,
              transformation: { width, height: Math.round((photo.height * width) / photo.width) },
              altText: {
                name: photo.caption || l.photos,
                description: photo.caption || l.photos,
                title: photo.caption || l.photos,
              },
            }),
          ],
        }),
        p([photo.caption, photo.workshopTitle].filter(Boolean).join(' — '), { italics: true, color: MUTED }),
      );
    }
  }
  if (m.themes) {
    body.push(h(HeadingLevel.HEADING_1, l.themes));
    if (m.themes.length === 0) body.push(p(l.noThemes, { italics: true }));
    for (const t of m.themes) {
      body.push(h(HeadingLevel.HEADING_2, `${t.name} — ${l.themeCount(t.count)}`));
      if (t.keyTerms.length > 0) body.push(p(`${l.keyTerms} : ${t.keyTerms.join(', ')}`, { color: MUTED }));
      for (const v of t.verbatims)
        body.push(
          new Paragraph({
            indent: { left: 567 },
            children: [
              new TextRun({ text: `« ${v.text} »`, italics: true }),
              new TextRun({ text: ` — ${v.author}, ${v.source}`, color: MUTED, break: 1 }),
            ],
          }),
        );
    }
  }
  if (m.annex)
    body.push(
      h(HeadingLevel.HEADING_1, l.annex),
      table(
        m.annex.head,
        m.annex.rows.map((cells) => ({ cells })),
      ),
    );

  const doc = new Document({
    title: m.title,
    creator: 'Cercle',
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
