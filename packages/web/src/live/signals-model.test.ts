import { describe, expect, it } from 'vitest';
import { cloudSize, formatMean, plotPoint, reactionThrottle, readyTally } from './signals-model.ts';

describe('reactionThrottle (ACT-14)', () => {
  it('lets one tap per reaction through per gap', () => {
    let now = 1_000;
    const allow = reactionThrottle(500, () => now);
    expect(allow('applause')).toBe(true);
    now += 100;
    expect(allow('applause')).toBe(false);
    expect(allow('love')).toBe(true);
    now += 400;
    expect(allow('applause')).toBe(true);
  });
});

describe('readyTally (ACT-15)', () => {
  it('counts ready and not-yet answers of the open check', () => {
    expect(readyTally(null)).toEqual({ ready: 0, notYet: 0 });
    expect(readyTally({ id: 4, open: true, answers: { a: true, b: false, c: true } })).toEqual({
      ready: 2,
      notYet: 1,
    });
  });
});

describe('cloudSize', () => {
  it('goes from min for a word said once to max for the most frequent', () => {
    expect(cloudSize(1, 5)).toBe(1);
    expect(cloudSize(5, 5)).toBe(3.5);
    expect(cloudSize(3, 5)).toBe(2.25);
    expect(cloudSize(1, 1)).toBe(1);
  });
});

describe('plotPoint', () => {
  it('puts min at the bottom left and max at the top right, inside the padding', () => {
    const b = { min: 1, max: 5 };
    expect(plotPoint(1, 1, b, 100, 10)).toEqual({ cx: 10, cy: 90 });
    expect(plotPoint(5, 5, b, 100, 10)).toEqual({ cx: 90, cy: 10 });
    expect(plotPoint(3, 4, b, 100, 10)).toEqual({ cx: 50, cy: 30 });
    expect(plotPoint(9, -3, b, 100, 10)).toEqual({ cx: 90, cy: 90 });
  });
});

describe('formatMean', () => {
  it('shows one decimal at most, in the language, and a dash for no mean', () => {
    expect(formatMean(3.25, 'fr')).toBe('3,3');
    expect(formatMean(2, 'en')).toBe('2');
    expect(formatMean(null, 'en')).toBe('—');
  });
});
