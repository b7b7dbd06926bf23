/**
 * The facilitator's run of show as a PDF, same content as the Word version: title block, then
 * per day a table of sequences, each followed by its details; breaks shaded, facilitator notes
 * in red italics under their label.
 */
import type { Locale, Mission, Workshop } from '@cercle/core';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { factLines, PDF_COLORS, renderPdf } from './pdf.ts';
import {
  buildRunOfShow,
  type RunOfShow,
  type RunOfShowRow,
  rowDetails,
  rowTitle,
  titleFacts,
} from './run-of-show-model.ts';

const COLUMNS = 5;

function sequenceRow(row: RunOfShowRow, r: RunOfShow): TableCell[] {
  const fill = row.isBreak ? { fillColor: PDF_COLORS.break } : {};
  const title = rowTitle(row, r.labels);
  return [
    { text: `${row.start}–${row.end}`, ...fill },
    { text: title, bold: !row.isBreak, italics: row.isBreak, ...fill },
    { text: row.duration, ...fill },
    { text: row.group, ...fill },
    { text: row.activity, ...fill },
  ];
}

function detailRow(row: RunOfShowRow, r: RunOfShow): TableCell[] | null {
  const details = rowDetails(row, r.labels);
  if (details.length === 0) return null;
  const stack: Content[] = details.flatMap((d): Content[] => {
    const notes = d.facilitatorOnly ? ['notes'] : [];
    return [
      { text: d.label, style: ['detailLabel', ...notes] },
      ...d.lines.map((line): Content => ({ text: line, style: ['detail', ...notes], margin: [8, 0, 0, 0] })),
    ];
  });
  const fill = row.isBreak ? { fillColor: PDF_COLORS.break } : {};
  const filler: TableCell[] = Array.from({ length: COLUMNS - 1 }, () => ({ text: '' }));
  return [{ stack, colSpan: COLUMNS, margin: [6, 0, 0, 4], ...fill }, ...filler];
}

function dayContent(r: RunOfShow, index: number): Content[] {
  const day = r.days[index]!;
  const l = r.labels;
  const header: TableCell[] = [l.time, l.sequence, l.duration, l.groupForm, l.activity].map((t) => ({
    text: t,
    style: 'th',
  }));
  const body: TableCell[][] = [header];
  for (const row of day.rows) {
    body.push(sequenceRow(row, r));
    const detail = detailRow(row, r);
    if (detail) body.push(detail);
  }
  return [
    {
      text: `${day.heading} (${day.start}–${day.end})`,
      style: 'day',
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    },
    ...(day.overrun ? [{ text: day.overrun, bold: true, color: PDF_COLORS.notes } satisfies Content] : []),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [58, '*', 48, 72, 66], body },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0,
        hLineColor: () => '#BFBFBF',
        paddingTop: () => 3,
        paddingBottom: () => 3,
      },
    },
  ];
}

export function renderRunOfShowPdf(mission: Mission, workshop: Workshop, locale: Locale): Promise<Buffer> {
  const r = buildRunOfShow(mission, workshop, locale);
  return renderPdf({
    title: `${r.workshopTitle} — ${r.labels.runOfShow}`,
    labels: r.labels,
    content: [
      { text: r.workshopTitle, style: 'title' },
      { text: r.labels.runOfShow, style: 'subtitle' },
      ...factLines(titleFacts(r), r.labels),
      ...r.days.flatMap((_, i) => dayContent(r, i)),
    ],
  });
}
