/**
 * Turns recognised lines of text into candidate notes (pure: no I/O, no
 * Tesseract import). Tesseract's own paragraphs follow printed pages, not
 * walls: two sticky notes side by side come back as one line. So lines are
 * first cut where words are far apart, then the pieces stacked closely on
 * top of each other are joined into one note. On a flipchart every line is
 * already an item, so each piece is its own note.
 */
import { LIMITS } from '@cercle/core';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface RecognisedWord {
  text: string;
  /** 0–100 */
  confidence: number;
  bbox: Box;
}
export interface RecognisedLine {
  words: RecognisedWord[];
}
export interface DraftNote {
  text: string;
  confidence: number;
  box: Box;
}

/** A gap wider than this many line heights separates two notes on one row. */
const ROW_GAP = 1.5;
/** Pieces whose vertical gap is under this many line heights are lines of the same note. */
const STACK_GAP = 1.0;
/** Below this mean confidence a piece is noise (texture, drawings), not writing. */
const MIN_CONFIDENCE = 45;
export const MAX_DRAFTS_PER_PHOTO = 200;

interface Piece {
  words: RecognisedWord[];
  box: Box;
  lineHeight: number;
}

const union = (a: Box, b: Box): Box => ({
  x0: Math.min(a.x0, b.x0),
  y0: Math.min(a.y0, b.y0),
  x1: Math.max(a.x1, b.x1),
  y1: Math.max(a.y1, b.y1),
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function piecesOf(line: RecognisedLine): Piece[] {
  const words = line.words.filter((w) => w.text.trim() !== '').sort((a, b) => a.bbox.x0 - b.bbox.x0);
  if (words.length === 0) return [];
  const lineHeight = Math.max(1, median(words.map((w) => w.bbox.y1 - w.bbox.y0)));
  const pieces: Piece[] = [];
  let current: RecognisedWord[] = [];
  for (const word of words) {
    const previous = current.at(-1);
    if (previous && word.bbox.x0 - previous.bbox.x1 > ROW_GAP * lineHeight) {
      pieces.push(makePiece(current, lineHeight));
      current = [];
    }
    current.push(word);
  }
  pieces.push(makePiece(current, lineHeight));
  return pieces;
}

function makePiece(words: RecognisedWord[], lineHeight: number): Piece {
  const box = words.map((w) => w.bbox).reduce(union);
  return { words, box, lineHeight };
}

const overlapsHorizontally = (a: Box, b: Box) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;

/** Recognised lines → candidate notes, in the order their first lines appear (top to bottom, left to right). */
export function draftNotesFrom(lines: RecognisedLine[], mode: 'notes' | 'lines'): DraftNote[] {
  const pieces = lines.flatMap(piecesOf).sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const below =
      mode === 'notes'
        ? groups.find((g) => {
            const last = g.at(-1) as Piece;
            const gap = piece.box.y0 - last.box.y1;
            return (
              gap < STACK_GAP * Math.max(piece.lineHeight, last.lineHeight) &&
              overlapsHorizontally(piece.box, last.box)
            );
          })
        : undefined;
    if (below) below.push(piece);
    else groups.push([piece]);
  }
  const notes: DraftNote[] = [];
  for (const group of groups) {
    const words = group.flatMap((p) => p.words);
    const text = cleanText(words.map((w) => w.text).join(' '));
    const confidence = words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
    if (!/\p{L}{2,}|\p{N}/u.test(text) || confidence < MIN_CONFIDENCE) continue;
    notes.push({ text, confidence: Math.round(confidence), box: group.map((p) => p.box).reduce(union) });
  }
  return notes.slice(0, MAX_DRAFTS_PER_PHOTO);
}

/** Collapses spaces, drops list bullets and stray edge punctuation OCR reads from marker strokes. */
export function cleanText(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—•·*|_=~:;,.]+/u, '')
    .replace(/[\s\-–—•·*|_=~]+$/u, '')
    .trim()
    .slice(0, LIMITS.contributionTextMax);
}

/** For comparing texts whatever their case, accents or punctuation. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
