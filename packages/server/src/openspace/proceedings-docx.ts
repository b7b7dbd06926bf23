/**
 * The Open Space proceedings as an editable Word document: title block with the day's figures,
 * then one section per session (OS-60 order) with its time and place, convener, participants
 * and report. Word because facilitators send proceedings on after a last read-through.
 */
import type { Locale, Proceedings } from '@cercle/core';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import {
  type PrintableProceedings,
  type PrintableSection,
  printableProceedings,
} from './proceedings-model.ts';
import type { ProceedingsPhoto } from './session-photos.ts';

const FONT = 'Calibri';
const MUTED = '595959';

const fact = ([label, value]: [string, string], p: PrintableProceedings) =>
  new Paragraph({
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label}${p.labels.colon}`, bold: true }), new TextRun(value)],
  });

/**
 * A report photo as the mission report embeds them (report-docx.ts): 16 cm wide at most (600 px
 * at 96 dpi), a portrait one no taller than two thirds of the page, proportions kept.
 */
function photo(image: ProceedingsPhoto, alt: string): Paragraph {
  const scale = Math.min(1, 600 / image.width, 640 / image.height);
  return new Paragraph({
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'jpg',
        data: image.jpeg,
        transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
}

function section(s: PrintableSection, p: PrintableProceedings): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 360 },
      children: [new TextRun(s.heading)],
    }),
    ...s.facts.map((f) => fact(f, p)),
    ...(s.description
      ? [
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: s.description, italics: true })],
          }),
        ]
      : []),
    s.reportTitle
      ? new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [new TextRun(`${p.words.reportTitle}${p.labels.colon}${s.reportTitle}`)],
        })
      : new Paragraph({ children: [new TextRun({ text: p.words.noReport, color: MUTED, italics: true })] }),
    ...s.lists.flatMap((list) => [
      new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: list.label, bold: true })] }),
      ...list.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] })),
    ]),
    ...(s.photos ? [new Paragraph({ children: [new TextRun({ text: s.photos, color: MUTED })] })] : []),
    ...s.images.map((image, i) => photo(image, `${s.heading} — photo ${i + 1}`)),
  ];
}

export async function renderProceedingsDocx(
  proceedings: Proceedings,
  sessionTitle: string,
  locale: Locale,
  photos?: ReadonlyMap<string, ProceedingsPhoto>,
): Promise<Buffer> {
  const p = printableProceedings(proceedings, sessionTitle, locale, photos);
  const doc = new Document({
    creator: 'Cercle',
    title: `${p.title} — ${p.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: 21, language: { value: p.labels.intl } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 },
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
                    children: [`${p.title} — `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(p.title)] }),
          new Paragraph({
            heading: HeadingLevel.HEADING_3,
            children: [new TextRun({ text: p.subtitle, color: MUTED })],
          }),
          ...p.summary.map((f) => fact(f, p)),
          ...p.sections.flatMap((s) => section(s, p)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
