/**
 * The facilitator's run of show as an editable Word document: title block, then per day a
 * table of sequences with a detail row under each (instructions, questions, roles, materials,
 * outputs, facilitator notes). Word because facilitators rework it with their client.
 */
import type { Locale, Mission, Workshop } from '@cercle/core';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  buildRunOfShow,
  type RunOfShow,
  type RunOfShowRow,
  rowDetails,
  rowTitle,
  titleFacts,
} from './run-of-show-model.ts';

const FONT = 'Calibri';
const BREAK_FILL = 'E7E6E6';
const HEADER_FILL = '1F3864';
const NOTES_COLOR = '9C2A00';
/** Column widths in percent: time, sequence, duration, group form, activity. */
const WIDTHS = [14, 40, 12, 18, 16];

function cell(text: string, width: number, opts: { bold?: boolean; fill?: string; color?: string } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
    children: [
      new Paragraph({
        children: [
          new TextRun({
            text,
            ...(opts.bold ? { bold: true } : {}),
            ...(opts.color ? { color: opts.color } : {}),
          }),
        ],
      }),
    ],
  });
}

function headerRow(r: RunOfShow): TableRow {
  const l = r.labels;
  const titles = [l.time, l.sequence, l.duration, l.groupForm, l.activity];
  return new TableRow({
    tableHeader: true,
    children: titles.map((t, i) =>
      cell(t, WIDTHS[i] ?? 20, { bold: true, fill: HEADER_FILL, color: 'FFFFFF' }),
    ),
  });
}

function sequenceRow(row: RunOfShowRow, r: RunOfShow): TableRow {
  const fill = row.isBreak ? BREAK_FILL : undefined;
  const title = rowTitle(row, r.labels);
  const values = [`${row.start}–${row.end}`, title, row.duration, row.group, row.activity];
  return new TableRow({
    cantSplit: true,
    children: values.map((v, i) => cell(v, WIDTHS[i] ?? 20, { bold: i === 1, ...(fill ? { fill } : {}) })),
  });
}

function detailRow(row: RunOfShowRow, r: RunOfShow): TableRow | null {
  const details = rowDetails(row, r.labels);
  if (details.length === 0) return null;
  const paragraphs = details.flatMap((d) => {
    const color = d.facilitatorOnly ? { color: NOTES_COLOR } : {};
    return [
      new Paragraph({
        spacing: { before: 60 },
        children: [
          new TextRun({
            text: d.label,
            bold: true,
            ...color,
            ...(d.facilitatorOnly ? { italics: true } : {}),
          }),
        ],
      }),
      ...d.lines.map(
        (line) =>
          new Paragraph({
            indent: { left: 240 },
            children: [
              new TextRun({ text: line, ...color, ...(d.facilitatorOnly ? { italics: true } : {}) }),
            ],
          }),
      ),
    ];
  });
  return new TableRow({
    children: [
      new TableCell({
        columnSpan: WIDTHS.length,
        ...(row.isBreak ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: BREAK_FILL } } : {}),
        margins: { left: 160, right: 160, bottom: 80 },
        children: paragraphs,
      }),
    ],
  });
}

function titleBlock(r: RunOfShow): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(r.workshopTitle)] }),
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      children: [new TextRun({ text: r.labels.runOfShow, color: '595959' })],
    }),
    ...titleFacts(r).map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 80 },
          children: [new TextRun({ text: `${label}${r.labels.colon}`, bold: true }), new TextRun(value)],
        }),
    ),
  ];
}

function dayBlock(r: RunOfShow, index: number): (Paragraph | Table)[] {
  const day = r.days[index]!;
  const rows = day.rows.flatMap((row) => {
    const detail = detailRow(row, r);
    return detail ? [sequenceRow(row, r), detail] : [sequenceRow(row, r)];
  });
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(`${day.heading} (${day.start}–${day.end})`)],
    }),
    ...(day.overrun
      ? [new Paragraph({ children: [new TextRun({ text: day.overrun, bold: true, color: NOTES_COLOR })] })]
      : []),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow(r), ...rows] }),
  ];
}

export async function renderRunOfShowDocx(
  mission: Mission,
  workshop: Workshop,
  locale: Locale,
): Promise<Buffer> {
  const r = buildRunOfShow(mission, workshop, locale);
  const doc = new Document({
    creator: 'Cercle',
    title: `${r.workshopTitle} — ${r.labels.runOfShow}`,
    styles: { default: { document: { run: { font: FONT, size: 20, language: { value: r.labels.intl } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    children: [`${r.workshopTitle} — `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...titleBlock(r), ...r.days.flatMap((_, i) => dayBlock(r, i))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
