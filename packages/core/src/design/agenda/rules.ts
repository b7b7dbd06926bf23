/**
 * Run-of-show checks shown as warnings in the builder. Each rule has an ID; its exact
 * semantics are in SPEC.md and its tests are titled by that ID. Warnings never block a save:
 * the facilitator knows the room better than the rules do.
 */
import { DESIGN_LIMITS } from '../limits.ts';
import type { MethodLibrary } from '../methods/library.ts';
import { formatClock } from '../time.ts';
import type { Range, Sequence, Workshop } from '../types.ts';
import { computeSchedule, type Schedule } from './schedule.ts';

export type RuleId = 'RUN-1' | 'RUN-2' | 'RUN-3' | 'RUN-4' | 'RUN-5';
export const RULE_IDS: readonly RuleId[] = ['RUN-1', 'RUN-2', 'RUN-3', 'RUN-4', 'RUN-5'];

export type Severity = 'warning' | 'info';

export interface RunWarning {
  rule: RuleId;
  severity: Severity;
  sequenceId?: string;
  day?: number;
  /** Values for the translated message (see `describeWarning`). */
  params: Record<string, string | number>;
}

export function checkWorkshop(workshop: Workshop, library: MethodLibrary): RunWarning[] {
  const schedule = computeSchedule(workshop);
  const warnings = [
    ...checkOverrun(workshop, schedule),
    ...checkContinuousWork(workshop, schedule, library),
    ...checkGroupForms(workshop, library),
    ...checkQuestions(workshop, library),
    ...checkMethodMinimum(workshop, library),
  ];
  const position = new Map(workshop.sequences.map((s, i) => [s.id, i]));
  const at = (w: RunWarning) => (w.sequenceId === undefined ? -1 : (position.get(w.sequenceId) ?? -1));
  return warnings.sort((a, b) => at(a) - at(b) || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
}

/** RUN-1: a day whose sequences end after its planned end. */
export function checkOverrun(workshop: Workshop, schedule = computeSchedule(workshop)): RunWarning[] {
  return schedule.days.flatMap((d) => {
    if (d.overrunMinutes === 0) return [];
    const first = schedule.sequences.find((s) => s.day === d.day && s.endMinutes > d.plannedEndMinutes);
    const w: RunWarning = {
      rule: 'RUN-1',
      severity: 'warning',
      day: d.day,
      params: { plannedEnd: d.plannedEnd, computedEnd: d.computedEnd, overMinutes: d.overrunMinutes },
    };
    if (first) w.sequenceId = first.sequenceId;
    return [w];
  });
}

/** RUN-2: more than 120 minutes of work in a row within a day; breaks and meals reset the count. */
export function checkContinuousWork(
  workshop: Workshop,
  schedule: Schedule,
  library: MethodLibrary,
): RunWarning[] {
  const limit = DESIGN_LIMITS.continuousWorkMaxMinutes;
  const warnings: RunWarning[] = [];
  workshop.days.forEach((_day, dayIndex) => {
    let run = 0;
    let since = -1;
    let pending: RunWarning | null = null;
    const close = () => {
      if (pending) pending.params.continuousMinutes = run;
      pending = null;
      run = 0;
      since = -1;
    };
    workshop.sequences.forEach((s, i) => {
      if (s.day !== dayIndex) return;
      const slot = schedule.sequences[i]!;
      if (library.get(s.methodId)?.isBreak) {
        close();
        return;
      }
      if (since < 0) since = slot.startMinutes;
      run += s.durationMinutes;
      if (run > limit && !pending) {
        pending = {
          rule: 'RUN-2',
          severity: 'warning',
          sequenceId: s.id,
          day: dayIndex,
          params: { since: formatClock(since), limit },
        };
        warnings.push(pending);
      }
    });
    close();
  });
  return warnings;
}

/** How `headCount` people split into groups of at most `size`, as evenly as possible. */
export function groupDistribution(
  headCount: number,
  size: number,
): { count: number; smallest: number; largest: number } {
  const count = Math.max(1, Math.ceil(headCount / size));
  return { count, smallest: Math.floor(headCount / count), largest: Math.ceil(headCount / count) };
}

function fits(headCount: number, size: number, range: Range): boolean {
  const d = groupDistribution(headCount, size);
  return d.smallest >= range.min && d.largest <= range.max;
}

/** RUN-3: a group form that does not work with the expected head count. */
export function checkGroupForms(workshop: Workshop, library: MethodLibrary): RunWarning[] {
  const headCount = workshop.expectedParticipants;
  return workshop.sequences.flatMap((s): RunWarning[] => {
    const base = { rule: 'RUN-3' as const, sequenceId: s.id, day: s.day };
    const g = s.group;
    if (g.kind === 'pairs') {
      if (headCount < 2)
        return [{ ...base, severity: 'warning', params: { problem: 'too-few', headCount, size: 2 } }];
      if (headCount % 2 === 1) {
        return [
          {
            ...base,
            severity: 'info',
            params: { problem: 'odd-pairs', headCount, pairs: (headCount - 3) / 2, trios: 1 },
          },
        ];
      }
      return [];
    }
    if (g.kind !== 'groups' && g.kind !== 'tables') return [];
    if (g.size > headCount)
      return [{ ...base, severity: 'warning', params: { problem: 'too-few', headCount, size: g.size } }];
    const range = library.get(s.methodId)?.steps.find((st) => st.key === s.stepKey)?.groupSizeRange;
    if (!range || fits(headCount, g.size, range)) return [];
    const d = groupDistribution(headCount, g.size);
    const params: Record<string, string | number> = {
      problem: 'outside-range',
      headCount,
      size: g.size,
      count: d.count,
      smallest: d.smallest,
      largest: d.largest,
      min: range.min,
      max: range.max,
    };
    const better = suggestSize(headCount, g.size, range);
    if (better !== null) params.suggestedSize = better;
    return [{ ...base, severity: 'warning', params }];
  });
}

/** The size within `range` closest to `size` that splits `headCount` well, if any. */
function suggestSize(headCount: number, size: number, range: Range): number | null {
  let best: number | null = null;
  for (let s = range.min; s <= range.max; s++) {
    if (fits(headCount, s, range) && (best === null || Math.abs(s - size) < Math.abs(best - size))) best = s;
  }
  return best;
}

function needsQuestions(s: Sequence, library: MethodLibrary): boolean {
  const method = library.get(s.methodId);
  if (!method) return false;
  const step = method.steps.find((st) => st.key === s.stepKey);
  return step ? step.requiresQuestions : method.requiresQuestions;
}

/** RUN-4: a sequence whose method step needs questions has none (blank ones do not count). */
export function checkQuestions(workshop: Workshop, library: MethodLibrary): RunWarning[] {
  return workshop.sequences
    .filter((s) => needsQuestions(s, library) && !s.questions.some((q) => q.trim() !== ''))
    .map((s) => ({
      rule: 'RUN-4' as const,
      severity: 'warning' as const,
      sequenceId: s.id,
      day: s.day,
      params: { methodId: s.methodId, stepKey: s.stepKey ?? '' },
    }));
}

/** RUN-5: the sequences of one block total less than their method's minimum. */
export function checkMethodMinimum(workshop: Workshop, library: MethodLibrary): RunWarning[] {
  const blocks = new Map<string, Sequence[]>();
  for (const s of workshop.sequences) blocks.set(s.blockId, [...(blocks.get(s.blockId) ?? []), s]);
  const warnings: RunWarning[] = [];
  for (const seqs of blocks.values()) {
    const first = seqs[0]!;
    const method = library.get(first.methodId);
    if (!method) continue;
    const total = seqs.reduce((sum, s) => sum + s.durationMinutes, 0);
    if (total < method.minTotalMinutes) {
      warnings.push({
        rule: 'RUN-5',
        severity: 'warning',
        sequenceId: first.id,
        day: first.day,
        params: { methodId: method.id, totalMinutes: total, minMinutes: method.minTotalMinutes },
      });
    }
  }
  return warnings;
}
