/** Reconnection delays: exponential with jitter, so a room's phones do not all come back at once. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 10_000;

/** attempt 0 is the first retry; random is in [0, 1). Result is within [half, full] of the capped delay. */
export function backoffDelay(attempt: number, random: number = Math.random()): number {
  const capped = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(capped / 2 + (capped / 2) * random);
}
