/**
 * Readings (ACT-12) on the phone: the passage a margin note is about, as character offsets
 * in the document's text and the quoted words. A passage comes from a selection in the text
 * (offsets known) or is typed or pasted by someone who cannot select (found in the text).
 * Pure: tested in Node.
 */
import { LIMITS } from '@cercle/core';

export interface Anchor {
  start: number;
  end: number;
  quote: string;
}

/**
 * The anchor of the characters `start`–`end` of `text`, whitespace at both ends left out;
 * null when nothing but whitespace is selected. Long quotes are cut (the offsets still cover
 * the whole passage).
 */
export function anchorOf(text: string, start: number, end: number): Anchor | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  if (to <= from) return null;
  return { start: from, end: to, quote: text.slice(from, to).slice(0, LIMITS.readingQuoteMax) };
}

/** Runs of whitespace count as one space, so a passage copied across a line break is still found. */
function flexiblePattern(quote: string): RegExp {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\\s+'), 'gu');
}

/**
 * Where a typed or pasted passage is in the text: the occurrence nearest to `near` (the last
 * selection, if any), or the first one; null when the text does not contain it.
 */
export function locatePassage(text: string, quote: string, near = 0): Anchor | null {
  if (!quote.trim()) return null;
  const pattern = flexiblePattern(quote);
  let best: { index: number; length: number } | null = null;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (!best || Math.abs(index - near) < Math.abs(best.index - near)) {
      best = { index, length: match[0].length };
    }
  }
  return best ? anchorOf(text, best.index, best.index + best.length) : null;
}

/**
 * The text cut into pieces around the passages to highlight (sorted, overlaps merged), so a
 * phone can mark its own notes without changing the text's characters.
 */
export function highlightPieces(
  text: string,
  ranges: readonly { start: number; end: number }[],
): { text: string; marked: boolean; start: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, Math.min(r.start, text.length));
    const end = Math.max(start, Math.min(r.end, text.length));
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else if (end > start) merged.push({ start, end });
  }
  const pieces: { text: string; marked: boolean; start: number }[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), marked: false, start: at });
    pieces.push({ text: text.slice(r.start, r.end), marked: true, start: r.start });
    at = r.end;
  }
  if (at < text.length || pieces.length === 0)
    pieces.push({ text: text.slice(at), marked: false, start: at });
  return pieces;
}
