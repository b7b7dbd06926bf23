/**
 * Room signals and result layouts, pure: reaction throttling on the phone, the ready-check
 * count on the console, word sizes of a cloud and point positions of a scoring grid.
 */
import type { ReadyCheck } from '@cercle/core';

/**
 * Rapid taps on one reaction are thinned out: one per `gapMs` per reaction goes through
 * (applause mashed ten times a second is still one applause a moment on the wall).
 */
export function reactionThrottle(gapMs: number, now: () => number = Date.now) {
  const last = new Map<string, number>();
  return (reaction: string): boolean => {
    const t = now();
    const previous = last.get(reaction);
    if (previous !== undefined && t - previous < gapMs) return false;
    last.set(reaction, t);
    return true;
  };
}

/** How many answered ready and not yet in the open check (answers to an older check are gone). */
export function readyTally(ready: ReadyCheck | null): { ready: number; notYet: number } {
  const answers = Object.values(ready?.answers ?? {});
  return { ready: answers.filter(Boolean).length, notYet: answers.filter((a) => !a).length };
}

/**
 * Font sizes of a word cloud in `rem`, by count: the most frequent word gets `max`, a word said
 * once gets `min`, linear in between (square-root steps would hide a real consensus).
 */
export function cloudSize(count: number, maxCount: number, min = 1, max = 3.5): number {
  if (maxCount <= 1) return min;
  const share = (Math.max(1, count) - 1) / (maxCount - 1);
  return Math.round((min + share * (max - min)) * 100) / 100;
}

/**
 * Where a mean point goes in a square plot of `size` (SVG units, y pointing down) with `pad`
 * around it: `min` at the left/bottom edge, `max` at the right/top edge.
 */
export function plotPoint(
  x: number,
  y: number,
  bounds: { min: number; max: number },
  size: number,
  pad: number,
): { cx: number; cy: number } {
  const span = bounds.max - bounds.min || 1;
  const inner = size - 2 * pad;
  const at = (v: number) => (Math.min(bounds.max, Math.max(bounds.min, v)) - bounds.min) / span;
  return { cx: pad + at(x) * inner, cy: pad + (1 - at(y)) * inner };
}

/** A mean as people read it: one decimal at most, in the person's language. */
export function formatMean(value: number | null, language: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
