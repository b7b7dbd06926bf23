/**
 * Start and end of every sequence: each day starts at its planned start, sequences follow
 * one another without gaps in the order of the run of show (SCHED-1 in SPEC.md).
 */
import { DesignError } from '../errors.ts';
import { formatClock, parseClock } from '../time.ts';
import type { Workshop } from '../types.ts';

export interface ScheduledSequence {
  sequenceId: string;
  day: number;
  /** Minutes since midnight of its day. */
  startMinutes: number;
  endMinutes: number;
  /** `HH:MM`; past midnight the hours go on (`24:15`). */
  start: string;
  end: string;
}

export interface DaySchedule {
  day: number;
  date: string;
  start: string;
  plannedEnd: string;
  /** When the last sequence of the day ends (the start when the day is empty). */
  computedEnd: string;
  plannedEndMinutes: number;
  computedEndMinutes: number;
  /** Total of the day's sequences. */
  totalMinutes: number;
  /** How far the day runs past its planned end; 0 when it fits. */
  overrunMinutes: number;
}

export interface Schedule {
  /** In the order of `workshop.sequences`. */
  sequences: ScheduledSequence[];
  days: DaySchedule[];
}

export function computeSchedule(workshop: Workshop): Schedule {
  const cursors = workshop.days.map((d) => parseClock(d.start));
  const totals = workshop.days.map(() => 0);
  const sequences = workshop.sequences.map((s, i): ScheduledSequence => {
    const cursor = cursors[s.day];
    if (cursor === undefined) {
      throw new DesignError(
        `sequences[${i}].day`,
        `day ${s.day} does not exist (${workshop.days.length} days)`,
      );
    }
    const end = cursor + s.durationMinutes;
    cursors[s.day] = end;
    totals[s.day] = (totals[s.day] ?? 0) + s.durationMinutes;
    return {
      sequenceId: s.id,
      day: s.day,
      startMinutes: cursor,
      endMinutes: end,
      start: formatClock(cursor),
      end: formatClock(end),
    };
  });
  const days = workshop.days.map((d, day): DaySchedule => {
    const plannedEndMinutes = parseClock(d.end);
    const computedEndMinutes = cursors[day] ?? parseClock(d.start);
    return {
      day,
      date: d.date,
      start: d.start,
      plannedEnd: d.end,
      computedEnd: formatClock(computedEndMinutes),
      plannedEndMinutes,
      computedEndMinutes,
      totalMinutes: totals[day] ?? 0,
      overrunMinutes: Math.max(0, computedEndMinutes - plannedEndMinutes),
    };
  });
  return { sequences, days };
}
