/**
 * formGroups: one round of groups (FORM-*): random, mixed or homogeneous by attributes, pairs,
 * or "unlikely pairs" (people who never met and differ most), with fixed / apart / together
 * constraints. Every goal becomes a weight on two people sharing a group (FORM-2), and a
 * seeded swap search (group-search.ts) minimises the sum.
 */
import { type DiversityReport, measureDiversity } from './diversity.ts';
import {
  findConflicts,
  type GroupConstraints,
  type ParsedConstraints,
  parseConstraints,
  type UnkeptConstraint,
  unkeptConstraints,
} from './form-constraints.ts';
import { searchGroups } from './group-search.ts';
import { countRepeats, type EncounterLedger, timesMet } from './ledger.ts';
import { checkIds, idOf, type Person } from './people.ts';
import { createRandom, type Random, randomInt, shuffleInPlace } from './random.ts';
import { type GroupingFailure, refuse } from './result.ts';
import { balancedSizes, groupCountFor, type Sizing } from './sizing.ts';

export type GroupingMode = 'random' | 'mixed' | 'homogeneous' | 'pairs' | 'unlikely-pairs';
const MODES: readonly GroupingMode[] = ['random', 'mixed', 'homogeneous', 'pairs', 'unlikely-pairs'];

export interface FormGroupsInput {
  people: readonly (string | Person)[];
  mode: GroupingMode;
  /** Required except for the pairs modes, which make pairs (and one trio if the count is odd). */
  sizing?: Sizing;
  /** Attribute keys to mix or match on (default: every key someone has). */
  attributes?: readonly string[];
  /** Earlier encounters: avoided in every mode, first of all in unlikely-pairs. */
  ledger?: EncounterLedger;
  constraints?: GroupConstraints;
  seed: number;
  /** Search budget in swap evaluations (default 1,000,000). */
  maxEvaluations?: number;
}

export interface FormedGroups {
  ok: true;
  /** group → person ids, in input order; `fixed` indices refer to these positions. */
  groups: string[][];
  mode: GroupingMode;
  /** The attribute keys used (mixed, homogeneous, unlikely-pairs) or measured. */
  attributes: string[];
  /** Groupmates who had met before according to the ledger (ROT-5). */
  repeats: number;
  /** How mixed the groups are on `attributes` (FORM-3); null without attributes. */
  diversity: DiversityReport | null;
  /** Constraints not kept: always empty when ok is true (FORM-7). */
  unkept: UnkeptConstraint[];
  warnings: string[];
}

/** FORM-7: a refusal; when constraints contradict, `relaxed` is the best plan that breaks only `relaxed.unkept`. */
export interface FormGroupsFailure extends GroupingFailure {
  relaxed?: FormedGroups;
}

export const FORM_GROUPS_MAX_EVALUATIONS = 1_000_000;

export function formGroups(input: FormGroupsInput): FormedGroups | FormGroupsFailure {
  const people = input.people ?? [];
  const ids = people.map(idOf);
  const idProblem = checkIds(ids);
  if (idProblem) return idProblem;
  if (!MODES.includes(input.mode)) {
    return refuse('VALIDATION_FAILED', 'FORM-1', `mode must be one of ${MODES.join(', ')}.`);
  }
  if (typeof input.seed !== 'number' || !Number.isFinite(input.seed)) {
    return refuse('VALIDATION_FAILED', 'FORM-8', 'The seed must be a finite number.');
  }
  const n = ids.length;
  const pairs = input.mode === 'pairs' || input.mode === 'unlikely-pairs';
  let g: number;
  if (pairs) {
    if (n < 2) return refuse('GROUPS_INFEASIBLE', 'GROUP-3', `Pairs need at least 2 people; got ${n}.`);
    g = Math.floor(n / 2);
  } else {
    const sized = groupCountFor(n, input.sizing as Sizing);
    if (!sized.ok) return sized;
    g = sized.groupCount;
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const parsed = parseConstraints(input.constraints, index);
  if ('ok' in parsed) return parsed;
  const keys = attributeKeys(input, people);
  if ('ok' in keys) return keys;
  const warnings = keys
    .filter(
      (k) => !people.some((p) => typeof p !== 'string' && p?.attributes && Object.hasOwn(p.attributes, k)),
    )
    .map((k) => `Nobody has the attribute "${k}": it plays no part.`);
  if ((input.mode === 'mixed' || input.mode === 'homogeneous') && keys.length === 0) {
    return refuse(
      'VALIDATION_FAILED',
      'FORM-3',
      `${input.mode} grouping needs attributes to work on, and nobody has any.`,
    );
  }

  const { conflicts, keptFixed, sizes } = findConflicts(parsed, ids, balancedSizes(n, g));
  const random = createRandom(input.seed);
  const weight = pairWeights(input, people, keys, parsed, g);
  const fixed = new Int32Array(n).fill(-1);
  for (const f of keptFixed) fixed[f.person] = f.group;
  const start = seatGreedily(weight.matrix, sizes, fixed, parsed, random);
  const found = searchGroups({
    sizes,
    weight: weight.matrix,
    fixed,
    start,
    random,
    maxEvaluations: input.maxEvaluations ?? FORM_GROUPS_MAX_EVALUATIONS,
    targetCost: weight.lowest,
  });
  const groups: string[][] = sizes.map(() => []);
  for (let a = 0; a < n; a++) groups[found.group[a] as number]?.push(ids[a] as string);
  const unkept = unkeptConstraints(found.group, parsed, ids, conflicts);
  const plan: FormedGroups = {
    ok: true,
    groups,
    mode: input.mode,
    attributes: keys,
    repeats: countRepeats([groups], input.ledger ?? {}),
    diversity: keys.length > 0 ? measureDiversity(groups, people, keys) : null,
    unkept: [],
    warnings,
  };
  if (unkept.length === 0) return plan;
  const first = conflicts[0];
  const list = unkept.map((u) => u.reason).filter((r, i, all) => all.indexOf(r) === i);
  return {
    ...refuse(
      first?.code ?? 'GROUPS_INFEASIBLE',
      'FORM-7',
      first
        ? `The constraints cannot all be kept: ${list.join(' ')}`
        : `No grouping was found that keeps every constraint: ${list.join(' ')}`,
    ),
    relaxed: { ...plan, unkept },
  };
}

function attributeKeys(
  input: FormGroupsInput,
  people: FormGroupsInput['people'],
): string[] | GroupingFailure {
  if (input.attributes !== undefined) {
    if (!Array.isArray(input.attributes) || input.attributes.some((k) => typeof k !== 'string')) {
      return refuse('VALIDATION_FAILED', 'FORM-3', 'attributes must be a list of attribute keys.');
    }
    return [...new Set(input.attributes)];
  }
  const keys = new Set<string>();
  for (const p of people)
    if (typeof p !== 'string' && p?.attributes) for (const k of Object.keys(p.attributes)) keys.add(k);
  return [...keys].sort();
}

/**
 * FORM-2: the cost of each pair sharing a group. Soft goals by mode (shared = attribute values
 * the two have in common, met = 1 if the ledger says they met):
 * random and pairs: met; mixed: shared + met; homogeneous: met − shared;
 * unlikely-pairs: (keys + 1) × met + shared, so not having met comes first.
 * Constraints weigh more than all soft goals together (`hard`): together pairs −hard, apart
 * pairs +2 × hard (apart wins when the two contradict).
 */
function pairWeights(
  input: FormGroupsInput,
  people: FormGroupsInput['people'],
  keys: readonly string[],
  parsed: ParsedConstraints,
  groupCount: number,
): { matrix: Float64Array; lowest: number } {
  const n = people.length;
  const matrix = new Float64Array(n * n);
  const values = people.map((p) =>
    keys.map((k) =>
      typeof p !== 'string' && p.attributes && Object.hasOwn(p.attributes, k) ? p.attributes[k] : undefined,
    ),
  );
  const ids = people.map(idOf);
  const metWeight = input.mode === 'unlikely-pairs' ? keys.length + 1 : 1;
  const sharedSign =
    input.mode === 'mixed' || input.mode === 'unlikely-pairs' ? 1 : input.mode === 'homogeneous' ? -1 : 0;
  let soft = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let w = 0;
      if (input.ledger && timesMet(input.ledger, ids[a] as string, ids[b] as string) > 0) w += metWeight;
      if (sharedSign !== 0) {
        const va = values[a] as (string | undefined)[];
        const vb = values[b] as (string | undefined)[];
        for (let k = 0; k < keys.length; k++) if (va[k] !== undefined && va[k] === vb[k]) w += sharedSign;
      }
      matrix[a * n + b] = w;
      matrix[b * n + a] = w;
      soft += Math.abs(w);
    }
  }
  // A lower bound on the soft part, so the search can stop when it is reached: negative
  // weights all kept, or for mixed, each value spread evenly over the groups.
  let lowest = 0;
  if (input.mode === 'mixed') lowest = evenSpreadPairs(values, keys.length, groupCount);
  else for (let i = 0; i < n * n; i++) if ((matrix[i] as number) < 0) lowest += (matrix[i] as number) / 2;
  const hard = soft + 1;
  const add = (sets: number[][], w: number) => {
    for (const set of sets) {
      for (const a of set)
        for (const b of set) if (a !== b) matrix[a * n + b] = (matrix[a * n + b] as number) + w;
    }
  };
  add(parsed.together, -hard);
  add(parsed.apart, 2 * hard);
  for (const set of parsed.together) lowest -= (hard * set.length * (set.length - 1)) / 2;
  return { matrix, lowest };
}

/** Shared-value pairs when every value is spread as evenly as possible over g groups. */
function evenSpreadPairs(values: readonly (string | undefined)[][], keyCount: number, g: number): number {
  let pairs = 0;
  for (let k = 0; k < keyCount; k++) {
    const counts = new Map<string, number>();
    for (const v of values) {
      const value = v[k];
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const total of counts.values()) {
      const q = Math.floor(total / g);
      const r = total % g;
      pairs += (r * (q + 1) * q) / 2 + ((g - r) * q * (q - 1)) / 2;
    }
  }
  return pairs;
}

/**
 * The starting seating: fixed people, then together sets (the largest first, in a group with
 * room for all of them), then everyone else in a random order, each where they add the least
 * cost (ties: the emptiest group, then at random).
 */
function seatGreedily(
  weight: Float64Array,
  sizes: readonly number[],
  fixed: Int32Array,
  parsed: ParsedConstraints,
  random: Random,
): Int32Array {
  const n = fixed.length;
  const g = sizes.length;
  const group = Int32Array.from(fixed);
  const free = [...sizes];
  const members: number[][] = sizes.map(() => []);
  for (let a = 0; a < n; a++) {
    const t = fixed[a] as number;
    if (t >= 0) {
      free[t] = (free[t] as number) - 1;
      members[t]?.push(a);
    }
  }
  const sets = [...parsed.together].sort((x, y) => y.length - x.length);
  const order: { person: number; need: number }[] = [];
  const queued = new Set<number>();
  for (const set of sets) {
    const waiting = set.filter((p) => (fixed[p] as number) < 0 && !queued.has(p));
    waiting.forEach((p, k) => {
      queued.add(p);
      order.push({ person: p, need: k === 0 ? waiting.length : 1 });
    });
  }
  const rest = shuffleInPlace(
    Array.from({ length: n }, (_, a) => a).filter((a) => (fixed[a] as number) < 0 && !queued.has(a)),
    random,
  );
  for (const p of rest) order.push({ person: p, need: 1 });
  for (const { person: a, need } of order) {
    const roomy = free.some((f) => f >= need);
    let best = -1;
    let bestCost = 0;
    let bestFree = 0;
    let ties = 0;
    for (let t = 0; t < g; t++) {
      const f = free[t] as number;
      if (f <= 0 || (roomy && f < need)) continue;
      let cost = 0;
      for (const x of members[t] as number[]) cost += weight[a * n + x] as number;
      const better = best < 0 || cost < bestCost || (cost === bestCost && f > bestFree);
      if (better) {
        best = t;
        bestCost = cost;
        bestFree = f;
        ties = 1;
      } else if (cost === bestCost && f === bestFree && randomInt(random, ++ties) === 0) best = t;
    }
    group[a] = best;
    free[best] = (free[best] as number) - 1;
    members[best]?.push(a);
  }
  return group;
}
