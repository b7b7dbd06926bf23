import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, backoffDelay } from './backoff.ts';
import { OffsetEstimator, sampleOffset } from './clock.ts';

describe('backoffDelay', () => {
  it('grows exponentially and stays within jitter bounds', () => {
    expect(backoffDelay(0, 0)).toBe(250);
    expect(backoffDelay(0, 0.999)).toBeLessThanOrEqual(500);
    expect(backoffDelay(3, 0)).toBe(2000);
    expect(backoffDelay(3, 0.999)).toBeLessThanOrEqual(4000);
  });

  it('never exceeds the cap', () => {
    for (let attempt = 0; attempt < 60; attempt++) {
      expect(backoffDelay(attempt, 0.9999)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      expect(backoffDelay(attempt, 0)).toBeGreaterThan(0);
    }
  });
});

describe('clock offset', () => {
  it('assumes the server answered half-way through the round trip', () => {
    expect(sampleOffset(1000, 5100, 1200)).toEqual({ offsetMs: 4000, rttMs: 200 });
  });

  it('trusts the sample with the shortest round trip', () => {
    const estimator = new OffsetEstimator();
    expect(estimator.offsetMs).toBe(0);
    estimator.add({ offsetMs: 900, rttMs: 800 });
    estimator.add({ offsetMs: 1000, rttMs: 40 });
    estimator.add({ offsetMs: 1300, rttMs: 500 });
    expect(estimator.offsetMs).toBe(1000);
  });
});
