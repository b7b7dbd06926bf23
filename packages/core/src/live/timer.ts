/**
 * A countdown whose only clock is the server's: phones display `endsAt`
 * (corrected by their measured offset to server time), they never decide.
 */
export type TimerState =
  | { status: 'idle' }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number };

export const IDLE_TIMER: TimerState = { status: 'idle' };

export function startTimer(durationMs: number, now: number): TimerState {
  return { status: 'running', durationMs, endsAt: now + durationMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer;
  return { status: 'paused', durationMs: timer.durationMs, remainingMs: Math.max(0, timer.endsAt - now) };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'paused') return timer;
  return { status: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs };
}

/** Milliseconds left at `now`; 0 once elapsed, null when no timer is set. */
export function remainingMs(timer: TimerState, now: number): number | null {
  switch (timer.status) {
    case 'idle':
      return null;
    case 'paused':
      return timer.remainingMs;
    case 'running':
      return Math.max(0, timer.endsAt - now);
  }
}

/** Adds (or removes, when negative) time to a running or paused timer; never below zero. */
export function addTime(timer: TimerState, ms: number, now: number): TimerState {
  switch (timer.status) {
    case 'idle':
      return timer;
    case 'paused':
      return {
        ...timer,
        durationMs: Math.max(0, timer.durationMs + ms),
        remainingMs: Math.max(0, timer.remainingMs + ms),
      };
    case 'running':
      return {
        ...timer,
        durationMs: Math.max(0, timer.durationMs + ms),
        endsAt: Math.max(now, timer.endsAt + ms),
      };
  }
}
