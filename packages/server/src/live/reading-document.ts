/**
 * Read-Discuss-Apply documents (ACT-12): the facilitator gives a text or a
 * PDF; phones show its text, in which participants highlight passages. A PDF
 * is reduced to its text here, once, so phones never download or run a PDF
 * reader and the offsets of highlights mean the same thing everywhere.
 */
import { LIMITS } from '@cercle/core';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';

export const PDF_MAX_BYTES = 8 * 1024 * 1024;

export async function textOfPdf(bytes: Uint8Array): Promise<string> {
  if (bytes.length > PDF_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', 'A PDF for a reading is at most 8 MB.');
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-')
    throw new AppError('VALIDATION_FAILED', 'pdf: this file is not a PDF.');
  let text: string;
  try {
    // The PDF.js build unpdf ships has no eval-based font path (CVE-2024-4367 came from one).
    const pdf = await getDocumentProxy(bytes);
    text = (await extractText(pdf, { mergePages: true })).text;
  } catch {
    throw new AppError('VALIDATION_FAILED', 'pdf: this PDF could not be read (damaged or protected).');
  }
  return normaliseText(text);
}

/** Line endings and runs of blank lines normalised, so offsets are stable. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface ReadingDocument {
  id: string;
  title: string;
  source: 'text' | 'pdf';
  length: number;
  createdAt: string;
}

export async function addReadingDocument(
  db: Db,
  input: { sessionId: string; title: string; source: 'text' | 'pdf'; body: string; createdBy: string },
): Promise<ReadingDocument> {
  const body = normaliseText(input.body);
  if (!body)
    throw new AppError(
      'VALIDATION_FAILED',
      input.source === 'pdf'
        ? 'pdf: this PDF has no text (a scan?); paste its text instead.'
        : 'text: the text is empty.',
    );
  if (body.length > LIMITS.readingTextMax)
    throw new AppError(
      'VALIDATION_FAILED',
      `text: a reading is at most ${LIMITS.readingTextMax.toLocaleString('en')} characters (this one has ${body.length.toLocaleString('en')}).`,
    );
  const row = await db
    .insertInto('live_documents')
    .values({
      live_session_id: input.sessionId,
      title: input.title,
      source: input.source,
      body,
      created_by: input.createdBy,
    })
    .returning(['id', 'title', 'source', 'created_at'])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    length: body.length,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function listReadingDocuments(db: Db, sessionId: string): Promise<ReadingDocument[]> {
  const rows = await db
    .selectFrom('live_documents')
    // Lengths in UTF-16 units, as browsers count offsets (PostgreSQL's length() counts code points).
    .select(['id', 'title', 'source', 'created_at', 'body'])
    .where('live_session_id', '=', sessionId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    source: r.source,
    length: r.body.length,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export async function readReadingDocument(db: Db, sessionId: string, documentId: string) {
  const row = await db
    .selectFrom('live_documents')
    .select(['id', 'title', 'body'])
    .where('live_session_id', '=', sessionId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such document in this session.');
  return { id: row.id, title: row.title, text: row.body };
}
