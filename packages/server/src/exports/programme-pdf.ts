/**
 * The participants' programme: what they may see and keep. Built from the same run-of-show
 * model as the facilitator's documents but prints only times and titles, never instructions,
 * roles or facilitator notes.
 */
import type { Locale, Mission, Workshop } from '@cercle/core';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { factLines, PDF_COLORS, renderPdf } from './pdf.ts';
import { buildRunOfShow } from './run-of-show-model.ts';

export function renderProgrammePdf(mission: Mission, workshop: Workshop, locale: Locale): Promise<Buffer> {
  const r = buildRunOfShow(mission, workshop, locale);
  const l = r.labels;
  const facts: [string, string][] = [
    [l.dates, r.dates],
    [l.place, r.place],
    [l.objective, r.objective],
  ];
  const days = r.days.flatMap((day): Content[] => {
    const body: TableCell[][] = day.rows.map((row) => {
      const fill = row.isBreak ? { fillColor: PDF_COLORS.break, italics: true } : {};
      return [
        { text: `${row.start} – ${row.end}`, ...fill },
        { text: row.title, ...fill },
      ];
    });
    // A day's heading and table stay on one page when they fit.
    return [
      {
        unbreakable: true,
        stack: [
          { text: day.heading, style: 'day' },
          body.length > 0
            ? {
                table: { widths: [80, '*'], body, dontBreakRows: true },
                layout: { hLineWidth: () => 0.5, vLineWidth: () => 0, hLineColor: () => '#BFBFBF' },
              }
            : { text: `${day.start} – ${day.end}` },
        ],
      },
    ];
  });
  return renderPdf({
    title: `${r.workshopTitle} — ${l.programme}`,
    labels: l,
    content: [
      { text: r.workshopTitle, style: 'title' },
      { text: l.programme, style: 'subtitle' },
      ...factLines(
        facts.filter(([, v]) => v.trim() !== ''),
        l,
      ),
      ...days,
    ],
  });
}
