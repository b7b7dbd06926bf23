/**
 * The scheduler's input, checked (OS-1) and turned into dense arrays so the local search can
 * count conflicts with integer arithmetic instead of string maps.
 */
import type { ErrorCode } from '../errors.ts';
import { type InterestIndex, indexInterests } from './interests.ts';
import type {
  BreakoutSpace,
  Interests,
  OpenSpaceAgenda,
  OpenSpaceRule,
  OpenSpaceSession,
  TimeSlot,
} from './types.ts';

export interface ScheduleInput {
  sessions: readonly OpenSpaceSession[];
  slots: readonly TimeSlot[];
  spaces: readonly BreakoutSpace[];
  interests: Interests;
  /** Placements the facilitator fixed by hand: kept exactly (OS-7). */
  pinned?: OpenSpaceAgenda;
  /** Same seed, same input → same agenda (OS-10). */
  seed: number;
  /** Budget of candidate moves the local search may evaluate (default 40,000). */
  maxIterations?: number;
}

export interface OpenSpaceFailure {
  ok: false;
  code: ErrorCode;
  rule: OpenSpaceRule;
  message: string;
}

export function refuse(rule: OpenSpaceRule, message: string): OpenSpaceFailure {
  return { ok: false, code: 'VALIDATION_FAILED', rule, message };
}

/** Sessions, slots and spaces by index; `-1` means "not pinned". */
export interface Problem {
  sessions: readonly OpenSpaceSession[];
  slots: readonly TimeSlot[];
  spaces: readonly BreakoutSpace[];
  index: InterestIndex;
  convener: Int32Array;
  conveners: number;
  demand: Int32Array;
  /** Per session, the indices of the people interested in it. */
  people: Int32Array[];
  participants: number;
  capacity: Int32Array;
  pinnedSlot: Int32Array;
  pinnedSpace: Int32Array;
}

function uniqueIds(kind: string, items: readonly { id: unknown }[]): OpenSpaceFailure | Map<string, number> {
  const ids = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    if (typeof item?.id !== 'string' || item.id === '') return refuse('OS-1', `Every ${kind} needs an id.`);
    if (ids.has(item.id)) return refuse('OS-1', `Two ${kind}s share the id ${item.id}.`);
    ids.set(item.id, i);
  }
  return ids;
}

/** OS-1: refuses input no agenda could honour, naming the problem. */
export function buildProblem(input: ScheduleInput): OpenSpaceFailure | Problem {
  const { sessions, slots, spaces } = input;
  if (!Array.isArray(sessions) || !Array.isArray(slots) || !Array.isArray(spaces)) {
    return refuse('OS-1', 'Sessions, slots and spaces must be lists.');
  }
  const sessionIds = uniqueIds('session', sessions);
  if (!(sessionIds instanceof Map)) return sessionIds;
  const slotIds = uniqueIds('slot', slots);
  if (!(slotIds instanceof Map)) return slotIds;
  const spaceIds = uniqueIds('space', spaces);
  if (!(spaceIds instanceof Map)) return spaceIds;
  for (const space of spaces) {
    if (!Number.isInteger(space.capacity) || space.capacity < 0) {
      return refuse('OS-1', `The capacity of ${space.name || space.id} must be a whole number ≥ 0.`);
    }
  }
  if (!Number.isFinite(input.seed)) return refuse('OS-1', 'The seed must be a number.');
  const budget = input.maxIterations;
  if (budget !== undefined && (!Number.isInteger(budget) || budget < 0)) {
    return refuse('OS-1', 'maxIterations must be a whole number ≥ 0.');
  }
  const convenerIds = new Map<string, number>();
  const convener = new Int32Array(sessions.length);
  for (const [i, s] of sessions.entries()) {
    if (typeof s.convenerId !== 'string' || s.convenerId === '') {
      return refuse('OS-1', `The session ${s.id} needs a convener.`);
    }
    if (!convenerIds.has(s.convenerId)) convenerIds.set(s.convenerId, convenerIds.size);
    convener[i] = convenerIds.get(s.convenerId) ?? 0;
  }
  const index = indexInterests(sessions, input.interests ?? {});
  const personIds = new Map<string, number>();
  const people = sessions.map((s) =>
    Int32Array.from(index.interested.get(s.id) ?? [], (p) => {
      if (!personIds.has(p)) personIds.set(p, personIds.size);
      return personIds.get(p) ?? 0;
    }),
  );
  const problem: Problem = {
    sessions,
    slots,
    spaces,
    index,
    convener,
    conveners: convenerIds.size,
    demand: Int32Array.from(people, (p) => p.length),
    people,
    participants: personIds.size,
    capacity: Int32Array.from(spaces, (s) => s.capacity),
    pinnedSlot: new Int32Array(sessions.length).fill(-1),
    pinnedSpace: new Int32Array(sessions.length).fill(-1),
  };
  const failure = pin(problem, input.pinned ?? [], sessionIds, slotIds, spaceIds);
  return failure ?? problem;
}

/** OS-1 and OS-7: pinned placements must name known things and break no hard rule. */
function pin(
  problem: Problem,
  pinned: OpenSpaceAgenda,
  sessionIds: Map<string, number>,
  slotIds: Map<string, number>,
  spaceIds: Map<string, number>,
): OpenSpaceFailure | null {
  if (!Array.isArray(pinned)) return refuse('OS-1', 'Pinned placements must be a list.');
  const cells = new Set<number>();
  const convenerSlots = new Set<number>();
  const S = problem.spaces.length;
  const T = problem.slots.length;
  for (const p of pinned) {
    const i = sessionIds.get(p?.sessionId);
    const t = slotIds.get(p?.slotId);
    const k = spaceIds.get(p?.spaceId);
    if (i === undefined)
      return refuse('OS-1', `A pinned placement names an unknown session: ${p?.sessionId}.`);
    if (t === undefined) return refuse('OS-1', `A pinned placement names an unknown slot: ${p.slotId}.`);
    if (k === undefined) return refuse('OS-1', `A pinned placement names an unknown space: ${p.spaceId}.`);
    const title = problem.sessions[i]?.title ?? p.sessionId;
    if (problem.pinnedSlot[i] !== -1) return refuse('OS-1', `«${title}» is pinned twice.`);
    if (cells.has(t * S + k)) return refuse('OS-1', `Two pinned sessions share one space in one slot.`);
    const c = problem.convener[i] ?? 0;
    if (convenerSlots.has(c * T + t)) {
      return refuse('OS-1', `Pinned sessions give the convener of «${title}» two sessions at once.`);
    }
    cells.add(t * S + k);
    convenerSlots.add(c * T + t);
    problem.pinnedSlot[i] = t;
    problem.pinnedSpace[i] = k;
  }
  return null;
}
