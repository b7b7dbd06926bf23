import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDLE_TIMER, pauseTimer, remainingMs, resumeTimer, startTimer } from './timer.ts';

describe('timer (TIME-1: the server clock decides)', () => {
  it('TIME-1: counts down from the server start time and never below zero', () => {
    const t = startTimer(60_000, 1_000);
    expect(remainingMs(t, 1_000)).toBe(60_000);
    expect(remainingMs(t, 31_000)).toBe(30_000);
    expect(remainingMs(t, 500_000)).toBe(0);
    expect(remainingMs(IDLE_TIMER, 0)).toBeNull();
  });

  it('TIME-1: pausing freezes the remaining time; resuming continues from it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_600_000 }),
        fc.nat(3_600_000),
        fc.nat(3_600_000),
        (duration, run, pause) => {
          const started = startTimer(duration, 0);
          const paused = pauseTimer(started, run);
          expect(remainingMs(paused, run + pause)).toBe(Math.max(0, duration - run));
          const resumed = resumeTimer(paused, run + pause);
          expect(remainingMs(resumed, run + pause)).toBe(Math.max(0, duration - run));
        },
      ),
      { seed: 42 },
    );
  });

  it('ignores pause when not running and resume when not paused', () => {
    expect(pauseTimer(IDLE_TIMER, 5)).toBe(IDLE_TIMER);
    const running = startTimer(10, 0);
    expect(resumeTimer(running, 5)).toBe(running);
  });
});
