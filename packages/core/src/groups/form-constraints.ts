/**
 * formGroups constraints (FORM-6, FORM-7): who is fixed to a group, who must be apart, who
 * must be together. Malformed input is refused; contradictions are not refused outright: they
 * are named (`Conflict`) so formGroups can still propose a relaxed plan and list what it broke.
 */
import { checkIds, checkKnown } from './people.ts';
import { type GroupingErrorCode, type GroupingFailure, refuse } from './result.ts';

export interface GroupConstraints {
  /** Person id → group index (0-based), e.g. hosts or facilitators. They are never moved. */
  fixed?: Record<string, number>;
  /** Sets of people of whom no two may share a group. */
  apart?: readonly (readonly string[])[];
  /** Sets of people who must all share one group. */
  together?: readonly (readonly string[])[];
}

/** A constraint the plan does not keep, and why (FORM-7). `index` is its place in the input list. */
export type UnkeptConstraint =
  | { kind: 'fixed'; id: string; group: number; reason: string }
  | { kind: 'together'; index: number; ids: string[]; reason: string }
  | { kind: 'apart'; index: number; ids: string[]; reason: string };

/** Constraints as person indices. */
export interface ParsedConstraints {
  fixed: { id: string; person: number; group: number }[];
  apart: number[][];
  together: number[][];
}

/** A contradiction found before searching, with the constraints it makes impossible to keep. */
export interface Conflict {
  code: GroupingErrorCode;
  message: string;
  fixed: string[];
  together: number[];
  apart: number[];
}

const RULE = 'FORM-6';

export function parseConstraints(
  constraints: GroupConstraints | undefined,
  index: ReadonlyMap<string, number>,
): ParsedConstraints | GroupingFailure {
  const parsed: ParsedConstraints = { fixed: [], apart: [], together: [] };
  if (constraints === undefined) return parsed;
  if (typeof constraints !== 'object' || constraints === null) {
    return refuse('VALIDATION_FAILED', RULE, 'constraints must be an object with fixed, apart and together.');
  }
  const { fixed = {}, apart = [], together = [] } = constraints;
  if (typeof fixed !== 'object' || fixed === null || Array.isArray(fixed)) {
    return refuse('VALIDATION_FAILED', RULE, 'fixed must map person ids to group indices.');
  }
  for (const [id, group] of Object.entries(fixed)) {
    const unknown = checkKnown([id], index, 'fixed');
    if (unknown) return { ...unknown, rule: RULE };
    if (typeof group !== 'number' || !Number.isInteger(group) || group < 0) {
      return refuse(
        'VALIDATION_FAILED',
        RULE,
        `fixed puts ${id} in group ${JSON.stringify(group)}: a group index is a whole number from 0.`,
      );
    }
    parsed.fixed.push({ id, person: index.get(id) as number, group });
  }
  for (const [kind, sets] of [
    ['apart', apart],
    ['together', together],
  ] as const) {
    if (!Array.isArray(sets))
      return refuse('VALIDATION_FAILED', RULE, `${kind} must be a list of lists of ids.`);
    for (const set of sets as unknown[]) {
      if (!Array.isArray(set) || set.length < 2) {
        return refuse('VALIDATION_FAILED', RULE, `Each ${kind} set names at least two people.`);
      }
      const problem = checkIds(set, `people in a ${kind} set`) ?? checkKnown(set as string[], index, kind);
      if (problem) return { ...problem, rule: RULE };
      parsed[kind].push((set as string[]).map((id) => index.get(id) as number));
    }
  }
  return parsed;
}

const names = (ids: readonly string[], people: readonly number[]) =>
  `{${people.map((p) => ids[p]).join(', ')}}`;

/**
 * FORM-7: contradictions visible before searching. Returns the conflicts, the fixed entries
 * that are kept (the first ones listed when a group is over-full) and the group sizes in
 * group order: the larger sizes go to the groups with the most fixed people.
 */
export function findConflicts(
  parsed: ParsedConstraints,
  ids: readonly string[],
  balanced: readonly number[],
): { conflicts: Conflict[]; keptFixed: ParsedConstraints['fixed']; sizes: number[] } {
  const g = balanced.length;
  const conflicts: Conflict[] = [];
  const conflict = (code: GroupingErrorCode, message: string, refs: Partial<Conflict> = {}) =>
    conflicts.push({ code, message, fixed: [], together: [], apart: [], ...refs });

  const inRange = parsed.fixed.filter((f) => {
    if (f.group < g) return true;
    conflict(
      'GROUPS_INFEASIBLE',
      `${f.id} is fixed to group ${f.group}, but there are ${g} groups (0–${g - 1}).`,
      { fixed: [f.id] },
    );
    return false;
  });
  const demand = new Array<number>(g).fill(0);
  for (const f of inRange) demand[f.group] = (demand[f.group] as number) + 1;
  const order = Array.from({ length: g }, (_, t) => t).sort(
    (a, b) => (demand[b] as number) - (demand[a] as number),
  );
  const sizes = new Array<number>(g).fill(0);
  order.forEach((t, k) => {
    sizes[t] = balanced[k] as number;
  });
  const seated = new Array<number>(g).fill(0);
  const keptFixed = inRange.filter((f) => {
    if ((seated[f.group] as number) < (sizes[f.group] as number)) {
      seated[f.group] = (seated[f.group] as number) + 1;
      return true;
    }
    return false;
  });
  for (let t = 0; t < g; t++) {
    if ((demand[t] as number) <= (sizes[t] as number)) continue;
    const dropped = inRange.filter((f) => f.group === t && !keptFixed.includes(f)).map((f) => f.id);
    conflict(
      'GROUPS_INFEASIBLE',
      `${demand[t]} people are fixed to group ${t}, which holds ${sizes[t]}: ${dropped.join(', ')} cannot be placed there.`,
      { fixed: dropped },
    );
  }
  const fixedGroup = new Map(keptFixed.map((f) => [f.person, f.group]));

  // Together sets sharing someone must end up in one group: merge them (union–find).
  const root = new Map<number, number>();
  const find = (a: number): number => {
    let r = a;
    while (root.has(r) && root.get(r) !== r) r = root.get(r) as number;
    return r;
  };
  for (const set of parsed.together) for (const p of set) root.set(find(p), find(set[0] as number));
  const clusters = new Map<number, { people: Set<number>; sets: number[] }>();
  parsed.together.forEach((set, i) => {
    const r = find(set[0] as number);
    const c = clusters.get(r) ?? { people: new Set<number>(), sets: [] };
    for (const p of set) c.people.add(p);
    c.sets.push(i);
    clusters.set(r, c);
  });
  const biggest = Math.max(...balanced);
  for (const c of clusters.values()) {
    const members = [...c.people];
    if (members.length > biggest) {
      conflict(
        'GROUPS_INFEASIBLE',
        `${names(ids, members)} must be together: ${members.length} people, but the largest group holds ${biggest}.`,
        { together: c.sets },
      );
    }
    const groups = new Set(members.filter((p) => fixedGroup.has(p)).map((p) => fixedGroup.get(p)));
    if (groups.size > 1) {
      conflict(
        'CONSTRAINTS_CONTRADICTORY',
        `${names(ids, members)} must be together, but some of them are fixed to different groups (${[...groups].join(', ')}).`,
        { together: c.sets },
      );
    }
  }
  parsed.apart.forEach((set, i) => {
    if (set.length > g) {
      conflict(
        'GROUPS_INFEASIBLE',
        `${names(ids, set)} must be apart: ${set.length} people, but there are only ${g} groups.`,
        { apart: [i] },
      );
    }
    for (let x = 0; x < set.length; x++) {
      for (let y = x + 1; y < set.length; y++) {
        const a = set[x] as number;
        const b = set[y] as number;
        if (root.has(a) && root.has(b) && find(a) === find(b)) {
          const c = clusters.get(find(a));
          conflict('CONSTRAINTS_CONTRADICTORY', `${ids[a]} and ${ids[b]} must be both apart and together.`, {
            apart: [i],
            together: c?.sets ?? [],
          });
        } else if (fixedGroup.has(a) && fixedGroup.get(a) === fixedGroup.get(b)) {
          conflict(
            'CONSTRAINTS_CONTRADICTORY',
            `${ids[a]} and ${ids[b]} must be apart but are both fixed to group ${fixedGroup.get(a)}.`,
            { apart: [i] },
          );
        }
      }
    }
  });
  return { conflicts, keptFixed, sizes };
}

/** FORM-7: the constraints a seating breaks, each with the conflict that explains it if any. */
export function unkeptConstraints(
  group: Int32Array,
  parsed: ParsedConstraints,
  ids: readonly string[],
  conflicts: readonly Conflict[],
): UnkeptConstraint[] {
  const unkept: UnkeptConstraint[] = [];
  const why = (pick: (c: Conflict) => boolean, otherwise: string) =>
    conflicts.find(pick)?.message ?? otherwise;
  for (const f of parsed.fixed) {
    if (group[f.person] === f.group) continue;
    unkept.push({
      kind: 'fixed',
      id: f.id,
      group: f.group,
      reason: why((c) => c.fixed.includes(f.id), `${f.id} could not be kept in group ${f.group}.`),
    });
  }
  parsed.together.forEach((set, index) => {
    const groups = [...new Set(set.map((p) => group[p] as number))];
    if (groups.length <= 1) return;
    unkept.push({
      kind: 'together',
      index,
      ids: set.map((p) => ids[p] as string),
      reason: why(
        (c) => c.together.includes(index),
        `No grouping was found keeping ${names(ids, set)} together: they are split over groups ${groups.sort((a, b) => a - b).join(', ')}.`,
      ),
    });
  });
  parsed.apart.forEach((set, index) => {
    const shared = set.filter((p, k) => set.some((q, j) => j < k && group[q] === group[p]));
    if (shared.length === 0) return;
    unkept.push({
      kind: 'apart',
      index,
      ids: set.map((p) => ids[p] as string),
      reason: why(
        (c) => c.apart.includes(index),
        `No grouping was found keeping ${names(ids, set)} apart: ${shared.map((p) => ids[p]).join(', ')} share a group with another of them.`,
      ),
    });
  });
  return unkept;
}
