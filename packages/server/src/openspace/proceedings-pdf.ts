/**
 * The Open Space proceedings as a PDF, same content and order as the Word version: title block
 * with the day's figures, then one block per session with its report.
 */
import type { Locale, Proceedings } from '@cercle/core';
import type { Content } from 'pdfmake/interfaces.js';
import { factLines, PDF_COLORS, renderPdf } from '../exports/pdf.ts';
import {
  type PrintableProceedings,
  type PrintableSection,
  printableProceedings,
} from './proceedings-model.ts';
import type { ProceedingsPhoto } from './session-photos.ts';

function section(s: PrintableSection, p: PrintableProceedings): Content[] {
  return [
    { text: s.heading, style: 'day' },
    ...factLines(s.facts, p.labels),
    ...(s.description ? [{ text: s.description, italics: true, margin: [0, 2, 0, 4] } as Content] : []),
    s.reportTitle
      ? { text: `${p.words.reportTitle}${p.labels.colon}${s.reportTitle}`, bold: true, margin: [0, 6, 0, 2] }
      : { text: p.words.noReport, italics: true, color: PDF_COLORS.muted, margin: [0, 6, 0, 2] },
    ...s.lists.flatMap((list): Content[] => [
      { text: list.label, style: 'detailLabel', fontSize: 9.5 },
      { ul: list.items, margin: [6, 0, 0, 2] },
    ]),
    ...(s.photos ? [{ text: s.photos, color: PDF_COLORS.muted } as Content] : []),
    // Page width (A4 less margins, as in report-pdf.ts), a portrait photo no taller than half the page.
    ...s.images.map(
      (image): Content => ({
        image: `data:image/jpeg;base64,${image.jpeg.toString('base64')}`,
        fit: [515, 400],
        margin: [0, 4, 0, 8],
      }),
    ),
  ];
}

export function renderProceedingsPdf(
  proceedings: Proceedings,
  sessionTitle: string,
  locale: Locale,
  photos?: ReadonlyMap<string, ProceedingsPhoto>,
): Promise<Buffer> {
  const p = printableProceedings(proceedings, sessionTitle, locale, photos);
  return renderPdf({
    title: `${p.title} — ${p.subtitle}`,
    labels: p.labels,
    content: [
      { text: p.title, style: 'title' },
      { text: p.subtitle, style: 'subtitle' },
      ...factLines(p.summary, p.labels),
      ...p.sections.flatMap((s) => section(s, p)),
    ],
  });
}
