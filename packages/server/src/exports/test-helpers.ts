/** Fixtures and readers for the export tests: the demo mission, and text out of DOCX and PDF. */
import {
  computeSchedule,
  getMissionTemplate,
  instantiateTemplate,
  type Locale,
  type Mission,
  type Workshop,
} from '@cercle/core';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';

export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** Template (a): the two-day seminar for 18 people, starting Monday 1 March 2027. */
export function seminarMission(locale: Locale = 'fr'): { mission: Mission; workshop: Workshop } {
  const template = getMissionTemplate('strategic-project-seminar');
  if (!template) throw new Error('template (a) is missing');
  const mission = instantiateTemplate(template, { startsOn: '2027-03-01', locale, idFactory: counterIds() });
  const workshop = mission.steps.find((s) => s.workshop)?.workshop;
  if (!workshop) throw new Error('template (a) has no workshop');
  return { mission, workshop };
}

/** The smallest workshop: the seminar's first day with its first sequence only. */
export function smallestWorkshop(workshop: Workshop, overrides: Partial<Workshop> = {}): Workshop {
  return {
    ...workshop,
    days: workshop.days.slice(0, 1),
    sequences: workshop.sequences.slice(0, 1),
    ...overrides,
  };
}

/** Every sequence as "start–end" and title, for checking what a document prints. */
export function scheduledTitles(workshop: Workshop): { time: string; start: string; title: string }[] {
  const schedule = computeSchedule(workshop);
  return workshop.sequences.map((s, i) => {
    const slot = schedule.sequences[i]!;
    return { time: `${slot.start}–${slot.end}`, start: slot.start, title: s.title };
  });
}

/** Runs of whitespace collapsed: PDF text wraps inside table cells. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** `word/document.xml` and its text, one line per paragraph. */
export async function readDocx(buffer: Buffer): Promise<{ xml: string; text: string; files: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join(''),
    );
  return { xml, text: paragraphs.filter(Boolean).join('\n'), files: Object.keys(zip.files) };
}

export async function readPdf(buffer: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.pages.length };
  } finally {
    await parser.destroy();
  }
}
