/**
 * Estimates the offset between this device's clock and the server's from ping/pong
 * round trips: the sample with the shortest round trip is the least uncertain.
 */
export interface ClockSample {
  offsetMs: number;
  rttMs: number;
}

export function sampleOffset(sentAt: number, serverTime: number, receivedAt: number): ClockSample {
  const rttMs = Math.max(0, receivedAt - sentAt);
  return { offsetMs: Math.round(serverTime + rttMs / 2 - receivedAt), rttMs };
}

export class OffsetEstimator {
  private samples: ClockSample[] = [];
  private readonly keep: number;

  constructor(keep = 8) {
    this.keep = keep;
  }

  add(sample: ClockSample): void {
    this.samples = [...this.samples, sample].slice(-this.keep);
  }

  /** Server time ≈ Date.now() + offsetMs. 0 until the first sample. */
  get offsetMs(): number {
    let best: ClockSample | undefined;
    for (const s of this.samples) if (!best || s.rttMs < best.rttMs) best = s;
    return best?.offsetMs ?? 0;
  }
}
